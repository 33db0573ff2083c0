import { buildFloor, floorEntryPoint } from '../tools/bench/overhead/floor/build-floor';
import { SERVICE_NAMES } from '@app/topology';
import { type RunningStack, launchStack } from '../tools/stack/launch-stack';
import { StackPorts } from '../tools/stack/stack-ports';

// Five real processes on a shared two-core machine, PGlite's start included.
jest.setTimeout(120_000);

/** The floor's own test ports (api-gateway on 18600), clear of the other suites'. */
const FLOOR_PORTS = new StackPorts(10_600);
const url = FLOOR_PORTS.url.bind(FLOOR_PORTS);

describe('bench:overhead floor (plain Nest, the same hops)', () => {
  let floor: RunningStack;

  beforeAll(async () => {
    buildFloor();
    const appEnv = FLOOR_PORTS.appEnv();
    appEnv['inventory-service'].INITIAL_STOCK = '1:10,5:1';
    floor = await launchStack({
      apps: SERVICE_NAMES,
      entryPoint: floorEntryPoint,
      startTimeoutMs: 90_000,
      appEnv,
    });
  }, 120_000);

  afterAll(() => floor?.stop());

  it('GET /users/123 answers the seeded user through user-service and database-service', async () => {
    const response = await fetch(`${url('api-gateway')}/users/123`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: 123,
      name: 'Ada Fernsby',
      email: 'ada.fernsby@example.com',
    });
  });

  it('GET /users/999 relays database-service 404', async () => {
    const response = await fetch(`${url('api-gateway')}/users/999`);

    expect(response.status).toBe(404);
  });

  it('GET /orders/456 answers the seeded order through order-service and database-service', async () => {
    const response = await fetch(`${url('api-gateway')}/orders/456`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: 456,
      user_id: 789,
      product_id: 3,
      quantity: 1,
      status: 'confirmed',
      created_at: '2025-02-03T14:05:00.000Z',
    });
  });

  it('POST /orders answers 201 with the row it stored and takes the units from the stock', async () => {
    const response = await fetch(
      `${url('api-gateway')}/orders?user_id=123&product_id=1&quantity=3`,
      {
        method: 'POST',
      },
    );

    expect(response.status).toBe(201);
    const order = (await response.json()) as { id: number; created_at: string };
    expect(order).toEqual({
      id: expect.any(Number),
      user_id: 123,
      product_id: 1,
      quantity: 3,
      status: 'confirmed',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(order.id).toBeGreaterThanOrEqual(1000);
    const stored = await fetch(`${url('database-service')}/query?table=orders&id=${order.id}`);
    expect(await stored.json()).toEqual(order);
    const check = await fetch(`${url('inventory-service')}/inventory/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ product_id: 1, quantity: 1 }),
    });
    expect(await check.json()).toEqual({
      product_id: 1,
      requested: 1,
      available: 7,
      sufficient: true,
    });
  });

  it('POST /orders answers 409 when the inventory check finds too few units', async () => {
    const response = await fetch(
      `${url('api-gateway')}/orders?user_id=123&product_id=5&quantity=2`,
      {
        method: 'POST',
      },
    );

    expect(response.status).toBe(409);
  });
});
