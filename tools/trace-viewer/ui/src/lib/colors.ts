// The tutorial's five services get fixed, clearly different colours so screenshots and lessons
// stay consistent; any other service name is hashed onto the spare palette.
const KNOWN: Record<string, string> = {
  'api-gateway': '#2563eb',
  'user-service': '#16a34a',
  'order-service': '#d97706',
  'database-service': '#7c3aed',
  'inventory-service': '#0891b2',
  'trace-viewer': '#64748b',
};
const SPARE = ['#db2777', '#65a30d', '#9333ea', '#0d9488', '#ea580c', '#4f46e5', '#be123c'];

/** Returns the display colour of a service. */
export function serviceColor(service: string): string {
  const known = KNOWN[service];
  if (known) return known;
  let hash = 0;
  for (const ch of service) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[hash % SPARE.length];
}
