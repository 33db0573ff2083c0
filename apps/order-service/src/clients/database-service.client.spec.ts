import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { DownstreamClient } from '@app/service-kit';
import { DatabaseServiceClient } from './database-service.client';

const ROW = {
  id: 1000,
  user_id: 123,
  product_id: 1,
  quantity: 2,
  status: 'confirmed',
  created_at: '2025-01-02T03:04:05.000Z',
};

describe(DatabaseServiceClient.name, () => {
  const downstream = { request: jest.fn() };
  let client: DatabaseServiceClient;

  beforeEach(async () => {
    downstream.request.mockReset();
    const moduleRef = await Test.createTestingModule({
      providers: [
        DatabaseServiceClient,
        { provide: DownstreamClient, useValue: downstream },
        {
          provide: ConfigService,
          useValue: new ConfigService({ DATABASE_SERVICE_URL: 'http://db.test:18203' }),
        },
      ],
    }).compile();
    client = moduleRef.get(DatabaseServiceClient);
  });

  it('inserts into orders with the new order as values and returns only OrderDto fields', async () => {
    downstream.request.mockResolvedValue({ ...ROW, internal_note: 'x' });

    await expect(
      client.insertOrder({ user_id: 123, product_id: 1, quantity: 2 }),
    ).resolves.toStrictEqual(ROW);
    expect(downstream.request).toHaveBeenCalledWith('database-service', {
      method: 'POST',
      baseURL: 'http://db.test:18203',
      url: '/insert',
      data: { table: 'orders', values: { user_id: 123, product_id: 1, quantity: 2 } },
    });
  });

  it('queries the orders table by id', async () => {
    downstream.request.mockResolvedValue(ROW);

    await expect(client.findOrder(1000)).resolves.toStrictEqual(ROW);
    expect(downstream.request).toHaveBeenCalledWith('database-service', {
      method: 'GET',
      baseURL: 'http://db.test:18203',
      url: '/query',
      params: { table: 'orders', id: 1000 },
    });
  });

  it('deletes the orders row by id', async () => {
    downstream.request.mockResolvedValue({ deleted: 1 });

    await expect(client.deleteOrder(1000)).resolves.toBeUndefined();
    expect(downstream.request).toHaveBeenCalledWith('database-service', {
      method: 'DELETE',
      baseURL: 'http://db.test:18203',
      url: '/delete',
      params: { table: 'orders', id: 1000 },
    });
  });

  it('lets a DownstreamError through untouched', async () => {
    const error = new Error('database-service is unreachable (ECONNREFUSED)');
    downstream.request.mockRejectedValue(error);

    await expect(client.findOrder(1)).rejects.toBe(error);
  });
});
