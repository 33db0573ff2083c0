import { type Type, ValidationPipe } from '@nestjs/common';
import { parseGoDurationMicros } from '@tools/trace-model';
import type { TransformFnParams } from 'class-transformer';
import { ValidateBy, type ValidationError, type ValidationOptions } from 'class-validator';
import { ApiError } from './api.error';

function values(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string');
}

/** Every string given for a query parameter (Express gives a repeated one as an array). */
export function allValues({ value }: TransformFnParams): string[] {
  return values(value);
}

/** The first non-empty string given for a query parameter, as Jaeger reads single values. */
export function firstValue({ value }: TransformFnParams): string | undefined {
  return values(value).find((item) => item !== '');
}

function firstMessage(errors: ValidationError[]): string {
  for (const error of errors) {
    const message = Object.values(error.constraints ?? {})[0] ?? firstMessage(error.children ?? []);
    if (message) return message;
  }
  return 'invalid parameters';
}

/**
 * The pipe for `@Query(queryParams(Dto))`: turns the query string into the DTO and validates it,
 * parameters in the order the DTO declares them, answering the first failure with the words Jaeger
 * uses for it. The DTO is named here rather than read from decorator metadata, so the viewer runs
 * the same under tsx and esbuild (benchmarks, scripts), which emit none.
 */
export function queryParams<T>(dto: Type<T>): ValidationPipe {
  return new ValidationPipe({
    expectedType: dto,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ApiError(400, firstMessage(errors)),
  });
}

/** Not below the duration in another property (checked once both are valid durations). */
export function IsNotShorterThan(property: string, options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotShorterThan',
      constraints: [property],
      validator: {
        validate: (value: unknown, args) => {
          const other = (args?.object as Record<string, unknown>)[property];
          if (typeof other !== 'string' || typeof value !== 'string') return true;
          const min = parseGoDurationMicros(other);
          const max = parseGoDurationMicros(value);
          return min === null || max === null || max >= min;
        },
      },
    },
    options,
  );
}
