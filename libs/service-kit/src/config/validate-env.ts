import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

type EnvClass<T> = new () => T;

function describe(errors: ValidationError[]): string[] {
  return errors.map(
    (error) =>
      `${error.property}=${JSON.stringify(error.value)}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
}

/**
 * Builds the `validate` function for `ConfigModule.forRoot`: converts the environment into a typed
 * settings class with its defaults, and fails start-up naming every bad variable at once.
 */
export function validateEnv<T extends object>(envClass: EnvClass<T>) {
  return (raw: Record<string, unknown>): T => {
    // Numbers are converted by each field's @Type; nothing is guessed from names or values.
    const settings = plainToInstance(envClass, raw, { exposeDefaultValues: true });
    const errors = validateSync(settings, { skipMissingProperties: false });
    if (errors.length > 0) {
      throw new Error(`Invalid environment:\n  ${describe(errors).join('\n  ')}`);
    }
    return settings;
  };
}
