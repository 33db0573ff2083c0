import { TRACE_BACKEND } from './trace-backend';
import {
  ADMIN_PORT_OFFSET,
  isServiceName,
  SERVICE_NAMES,
  SERVICES,
  serviceOf,
  startOrder,
} from './services';

describe('the service map', () => {
  it('starts every service once, after those it calls', () => {
    const order = startOrder();
    expect([...order].sort()).toEqual([...SERVICE_NAMES].sort());
    for (const [index, name] of order.entries()) {
      const late = serviceOf(name).calls.filter((callee) => order.indexOf(callee) > index);
      expect({ name, startsBeforeItsCallees: late }).toEqual({ name, startsBeforeItsCallees: [] });
    }
    // The seed's map: the leaves first, the gateway last.
    expect(order[order.length - 1]).toBe('api-gateway');
  });

  it('gives each service its admin port at the fixed offset', () => {
    for (const service of SERVICES) {
      expect(service.adminPort).toBe(service.port + ADMIN_PORT_OFFSET);
    }
  });

  it('never gives two listeners one port', () => {
    const ports = [
      ...SERVICES.flatMap(({ port, adminPort }) => [port, adminPort]),
      ...Object.values(TRACE_BACKEND),
    ];
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('gives each service a URL setting of its own', () => {
    const settings = SERVICES.map(({ urlSetting }) => urlSetting);
    expect(new Set(settings).size).toBe(settings.length);
  });

  it('looks services up by name and tells a name it does not know', () => {
    expect(serviceOf('order-service').calls).toEqual(['inventory-service', 'database-service']);
    expect(SERVICE_NAMES.every(isServiceName)).toBe(true);
    expect(isServiceName('trace-viewer')).toBe(false);
    expect(isServiceName('toString')).toBe(false);
  });
});
