/** Raw query-string values as Express parses them. */
export type QueryParams = Record<string, unknown>;

/** Every string value given for a parameter (repeated parameters arrive as arrays). */
export function allParams(query: QueryParams, name: string): string[] {
  const value = query[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** The first non-empty string value of a parameter. */
export function firstParam(query: QueryParams, name: string): string | undefined {
  return allParams(query, name).find((value) => value !== '');
}
