/** What the map says of one service. */
export interface ServiceDeclaration<Name extends string = string> {
  /** The port it serves on (`PORT`); its admin listener is on this port + ADMIN_PORT_OFFSET. */
  port: number;
  /** The setting its callers (and the tools) read its base URL from. */
  urlSetting: string;
  /** The services it calls, which `/health/ready` checks; a service starts after them. */
  calls: readonly Name[];
}

/** Checks at compile time that every service calls only services of the map. */
function declareServices<const Map extends Record<string, ServiceDeclaration<keyof Map & string>>>(
  map: Map,
): Map {
  return map;
}

/**
 * The course's map: the services, their ports and who calls whom, declared once. The services'
 * settings take their defaults from it, their readiness checks its hops, and the launcher, the
 * command-line tools, the test stacks and the benchmarks all read it. Adding a service is one
 * entry here plus its app under apps/; nest-cli.json, docker-compose.yml and package.json cannot
 * import this file, so a unit test holds them against it.
 */
export const SERVICE_MAP = declareServices({
  'api-gateway': {
    port: 8000,
    urlSetting: 'GATEWAY_URL',
    calls: ['user-service', 'order-service'],
  },
  'user-service': {
    port: 8001,
    urlSetting: 'USER_SERVICE_URL',
    calls: ['database-service'],
  },
  'order-service': {
    port: 8002,
    urlSetting: 'ORDER_SERVICE_URL',
    calls: ['inventory-service', 'database-service'],
  },
  'database-service': {
    port: 8003,
    urlSetting: 'DATABASE_SERVICE_URL',
    calls: [],
  },
  'inventory-service': {
    port: 8004,
    urlSetting: 'INVENTORY_SERVICE_URL',
    calls: [],
  },
});

/** The name of a service of the map. */
export type ServiceName = keyof typeof SERVICE_MAP;
