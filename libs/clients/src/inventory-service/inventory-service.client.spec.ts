import { recordRequests, testBaseUrl } from '../testing/recorded-requests';
import { InventoryServiceClient } from './inventory-service.client';

const AT = { hop: 'inventory-service', baseURL: testBaseUrl('inventory-service') };

type Call = (client: InventoryServiceClient) => Promise<unknown>;

describe(InventoryServiceClient.name, () => {
  it.each<[string, Call, object]>([
    [
      'check',
      (client) => client.check({ product_id: 1, quantity: 2 }),
      { method: 'POST', url: '/inventory/check', data: { product_id: 1, quantity: 2 } },
    ],
    [
      'reserve',
      (client) => client.reserve({ product_id: 1, quantity: 2, order_id: 1000 }),
      {
        method: 'POST',
        url: '/inventory/reserve',
        data: { product_id: 1, quantity: 2, order_id: 1000 },
      },
    ],
    [
      'release',
      (client) => client.release(1000),
      { method: 'POST', url: '/inventory/release', data: { order_id: 1000 } },
    ],
  ])('%s posts its request as JSON', async (_call, call, sent) => {
    const answer = { product_id: 1 };
    const { result, requests } = await recordRequests(InventoryServiceClient, call, answer);

    expect(requests).toStrictEqual([{ ...AT, ...sent }]);
    expect(result).toBe(answer);
  });
});
