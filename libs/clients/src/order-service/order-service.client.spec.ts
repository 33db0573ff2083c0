import { recordRequests, testBaseUrl } from '../testing/recorded-requests';
import { OrderServiceClient } from './order-service.client';

const AT = { hop: 'order-service', baseURL: testBaseUrl('order-service') };
const ORDER = { id: 1000, user_id: 123, product_id: 1, quantity: 2 };

describe(OrderServiceClient.name, () => {
  it('createOrder POSTs the new order as JSON to /orders', async () => {
    const order = { user_id: 123, product_id: 1, quantity: 2 };
    const { result, requests } = await recordRequests(
      OrderServiceClient,
      (client) => client.createOrder(order),
      ORDER,
    );

    expect(requests).toStrictEqual([{ ...AT, method: 'POST', url: '/orders', data: order }]);
    expect(result).toBe(ORDER);
  });

  it('getOrder GETs /orders/:id', async () => {
    const { requests } = await recordRequests(OrderServiceClient, (client) => client.getOrder(456));

    expect(requests).toStrictEqual([{ ...AT, method: 'GET', url: '/orders/456' }]);
  });
});
