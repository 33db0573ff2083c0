import { recordRequests, testBaseUrl } from '../testing/recorded-requests';
import { DatabaseServiceClient } from './database-service.client';
import { SAMPLE_ORDER } from '@app/contracts/testing';

const AT = { hop: 'database-service', baseURL: testBaseUrl('database-service') };
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
      { ...SAMPLE_ORDER, internal_note: 'x' },
    );

    expect(requests).toStrictEqual([
      { ...AT, method: 'POST', url: '/insert', data: { table: 'orders', values } },
    ]);
    expect(result).toStrictEqual(SAMPLE_ORDER);
  });

  it('findOrder queries the orders table by id', async () => {
    const { result, requests } = await recordRequests(
      DatabaseServiceClient,
      (client) => client.findOrder(1000),
      SAMPLE_ORDER,
    );

    expect(requests).toStrictEqual([
      { ...AT, method: 'GET', url: '/query', params: { table: 'orders', id: 1000 } },
    ]);
    expect(result).toStrictEqual(SAMPLE_ORDER);
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
