import { recordRequests, testBaseUrl } from '../testing/recorded-requests';
import { DatabaseServiceClient } from './database-service.client';

const AT = { hop: 'database-service', baseURL: testBaseUrl('database-service') };
const ORDER = {
  id: 1000,
  user_id: 123,
  product_id: 1,
  quantity: 2,
  status: 'confirmed',
  created_at: '2025-01-02T03:04:05.000Z',
};
const USER = { id: 7, name: 'Gus', email: 'gus@example.com' };

describe(DatabaseServiceClient.name, () => {
  it('findUser queries the users table by id and returns only the UserDto fields', async () => {
    const { result, requests } = await recordRequests(
      DatabaseServiceClient,
      (client) => client.findUser(7),
      { ...USER, password_hash: 'secret' },
    );

    expect(requests).toStrictEqual([
      { ...AT, method: 'GET', url: '/query', params: { table: 'users', id: 7 } },
    ]);
    expect(result).toStrictEqual(USER);
  });

  it('insertOrder inserts into orders with the new order as values, returning OrderDto fields', async () => {
    const values = { user_id: 123, product_id: 1, quantity: 2 };
    const { result, requests } = await recordRequests(
      DatabaseServiceClient,
      (client) => client.insertOrder(values),
      { ...ORDER, internal_note: 'x' },
    );

    expect(requests).toStrictEqual([
      { ...AT, method: 'POST', url: '/insert', data: { table: 'orders', values } },
    ]);
    expect(result).toStrictEqual(ORDER);
  });

  it('findOrder queries the orders table by id', async () => {
    const { result, requests } = await recordRequests(
      DatabaseServiceClient,
      (client) => client.findOrder(1000),
      ORDER,
    );

    expect(requests).toStrictEqual([
      { ...AT, method: 'GET', url: '/query', params: { table: 'orders', id: 1000 } },
    ]);
    expect(result).toStrictEqual(ORDER);
  });

  it('deleteOrder deletes the orders row by id and resolves with nothing', async () => {
    const { result, requests } = await recordRequests(
      DatabaseServiceClient,
      (client) => client.deleteOrder(1000),
      { deleted: 1 },
    );

    expect(requests).toStrictEqual([
      { ...AT, method: 'DELETE', url: '/delete', params: { table: 'orders', id: 1000 } },
    ]);
    expect(result).toBeUndefined();
  });
});
