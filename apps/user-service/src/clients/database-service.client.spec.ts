import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { DownstreamClient } from '@app/service-kit';
import { DatabaseServiceClient } from './database-service.client';

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
          useValue: new ConfigService({ DATABASE_SERVICE_URL: 'http://db.test:18003' }),
        },
      ],
    }).compile();
    client = moduleRef.get(DatabaseServiceClient);
  });

  it('queries the users table by id on the configured database-service', async () => {
    downstream.request.mockResolvedValue({ id: 7, name: 'Gus', email: 'gus@example.com' });

    await client.findUser(7);

    expect(downstream.request).toHaveBeenCalledWith('database-service', {
      method: 'GET',
      baseURL: 'http://db.test:18003',
      url: '/query',
      params: { table: 'users', id: 7 },
    });
  });

  it('returns only the UserDto fields of the row', async () => {
    downstream.request.mockResolvedValue({
      id: 7,
      name: 'Gus',
      email: 'gus@example.com',
      password_hash: 'secret',
    });

    await expect(client.findUser(7)).resolves.toStrictEqual({
      id: 7,
      name: 'Gus',
      email: 'gus@example.com',
    });
  });

  it('lets a DownstreamError through untouched', async () => {
    const error = new Error('database-service is unreachable (ECONNREFUSED)');
    downstream.request.mockRejectedValue(error);

    await expect(client.findUser(7)).rejects.toBe(error);
  });
});
