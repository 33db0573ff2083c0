import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FaultKind, FaultRule } from './fault-rule';
import { FaultRuleDto } from './fault-rule.dto';

/** The fields each kind may carry besides kind, operation and rate. */
const KIND_FIELDS: Record<FaultKind, readonly (keyof FaultRule)[]> = {
  error: ['status'],
  latency: ['latencyMs', 'jitterMs'],
  slow_query: ['latencyMs', 'jitterMs'],
  unreachable: ['hop'],
};
const COMMON_FIELDS: readonly string[] = ['kind', 'operation', 'rate', 'label'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field mistakes class-validator cannot see: unknown fields, fields of another kind. */
function crossFieldErrors(rule: Record<string, unknown>, kind: FaultKind): string[] {
  const allowed = new Set<string>([...COMMON_FIELDS, ...KIND_FIELDS[kind]]);
  const errors = Object.keys(rule)
    .filter((field) => !allowed.has(field))
    .map((field) => `${field} is not a field of kind ${kind}`);
  if ((kind === 'latency' || kind === 'slow_query') && rule.latencyMs === undefined) {
    errors.push(`latencyMs is required for a ${kind} fault`);
  }
  return errors;
}

/**
 * Checks one rule as it arrived: either the rule, or one message per bad field, each starting with
 * the field's name (the admin API answers them as a 400, the FAULTS setting fails start-up).
 */
export function validateFaultRule(
  input: unknown,
): { rule: FaultRule; errors?: undefined } | { rule?: undefined; errors: string[] } {
  if (!isPlainObject(input)) return { errors: ['a fault rule must be a JSON object'] };
  const dto = plainToInstance(FaultRuleDto, input);
  const fieldErrors = validateSync(dto, { stopAtFirstError: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
  const errors = [
    ...fieldErrors,
    ...(dto.kind && !fieldErrors.some((error) => error.startsWith('kind'))
      ? crossFieldErrors(input, input.kind as FaultKind)
      : []),
  ];
  if (errors.length > 0) return { errors };
  const rule = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as unknown as FaultRule;
  return { rule };
}

/** Reads the FAULTS setting, a JSON array of rules; throws naming each bad entry and field. */
export function parseFaultRules(setting: string | undefined): FaultRule[] {
  if (!setting?.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(setting);
  } catch (error) {
    throw new Error(`FAULTS is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error('FAULTS must be a JSON array of fault rules');
  const problems: string[] = [];
  const rules = parsed.flatMap((entry: unknown, index) => {
    const result = validateFaultRule(entry);
    if (result.errors) problems.push(...result.errors.map((error) => `[${index}] ${error}`));
    return result.rule ? [result.rule] : [];
  });
  if (problems.length > 0) throw new Error(`FAULTS: ${problems.join('; ')}`);
  return rules;
}
