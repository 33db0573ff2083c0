import { SERVICE_MAP, type ServiceName } from './service-map';

/** A service's admin listener (faults, stock) is on its port plus this, unless ADMIN_PORT moves it. */
export const ADMIN_PORT_OFFSET = 1000;

/** One service of the map, with everything derived from its entry. */
export interface Service {
  name: ServiceName;
  port: number;
  adminPort: number;
  urlSetting: string;
  calls: readonly ServiceName[];
}

/** The admin port that goes with a service port. */
export function adminPortOf(port: number): number {
  return port + ADMIN_PORT_OFFSET;
}

/** Every service, in the map's order. */
export const SERVICES: readonly Service[] = (Object.keys(SERVICE_MAP) as ServiceName[]).map(
  (name) => {
    const { port, urlSetting, calls } = SERVICE_MAP[name];
    return { name, port, adminPort: adminPortOf(port), urlSetting, calls };
  },
);

/** Every service's name, in the map's order. */
export const SERVICE_NAMES: readonly ServiceName[] = SERVICES.map(({ name }) => name);

/** True when `name` is a service of the map. */
export function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(SERVICE_MAP, name);
}

/** The map's entry for one service. */
export function serviceOf(name: ServiceName): Service {
  return SERVICES.find((service) => service.name === name)!;
}

/** Where a service answers on this machine by default: `http://localhost:` and its port. */
export function defaultServiceUrl(name: ServiceName): string {
  return `http://localhost:${serviceOf(name).port}`;
}

/**
 * The order to start the services in: a service after every service it calls, so that it is ready
 * as soon as it is up; services of one rank in the map's order.
 */
export function startOrder(): ServiceName[] {
  const order: ServiceName[] = [];
  while (order.length < SERVICES.length) {
    const rank = SERVICES.filter(
      ({ name, calls }) => !order.includes(name) && calls.every((callee) => order.includes(callee)),
    );
    if (rank.length === 0) {
      const left = SERVICE_NAMES.filter((name) => !order.includes(name));
      throw new Error(`These services call each other in a circle: ${left.join(', ')}`);
    }
    order.push(...rank.map(({ name }) => name));
  }
  return order;
}
