/**
 * Reads the settings a floor service needs, under the names the real services use (PORT,
 * USER_SERVICE_URL, …), so the benchmark starts both with the same environment. Fails at
 * start-up naming every missing one.
 */
export function readFloorEnv<K extends string>(names: readonly K[]): Record<K, string> {
  const missing = names.filter((name) => !process.env[name]);
  if (missing.length > 0) throw new Error(`floor: ${missing.join(', ')} not set`);
  return Object.fromEntries(names.map((name) => [name, process.env[name]])) as Record<K, string>;
}

/** An optional setting, `undefined` when unset or empty. */
export function optionalFloorSetting(name: string): string | undefined {
  return process.env[name] || undefined;
}
