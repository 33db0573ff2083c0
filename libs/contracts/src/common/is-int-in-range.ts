import { IsInt, Max, Min } from 'class-validator';

/**
 * An integer from `min` to `max`, one message per bad value: with stopAtFirstError class-validator
 * runs a property's checks in the order they are registered, so the integer check goes first and
 * a non-number is told it is not an integer rather than that it is out of range. (Stacked, the
 * same checks read `@Min(min) @Max(max) @IsInt()`: decorators apply bottom-up.)
 */
export function IsIntInRange(min: number, max: number): PropertyDecorator {
  return (target, property) => {
    IsInt()(target, property);
    Max(max)(target, property);
    Min(min)(target, property);
  };
}
