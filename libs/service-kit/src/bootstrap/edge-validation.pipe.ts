import { ValidationPipe } from '@nestjs/common';

/** The pipe that validates every request's DTOs on both of a service's listeners. */
export function edgeValidationPipe(): ValidationPipe {
  // One message per bad field: the integer check is each DTO's last (first-run) decorator.
  return new ValidationPipe({ transform: true, whitelist: true, stopAtFirstError: true });
}
