import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { parseFaultRules } from '@app/faults';

function problem(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return 'FAULTS must be a string';
  try {
    parseFaultRules(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The FAULTS setting: a JSON array of fault rules, each checked like an admin API body. */
export function IsFaultRules(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isFaultRules',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => problem(value) === undefined,
        defaultMessage: (args?: ValidationArguments) => problem(args?.value) ?? 'invalid FAULTS',
      },
    });
  };
}
