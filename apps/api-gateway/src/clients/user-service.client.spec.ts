import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { DownstreamClient } from '@app/service-kit';
import { UserServiceClient } from './user-service.client';

describe(UserServiceClient.name, () => {
  const downstream = { request: jest.fn() };
  let client: UserServiceClient;

  beforeEach(async () => {
    downstream.request.mockReset();
    const moduleRef = await Test.createTestingModule({
      providers: [
        UserServiceClient,
        { provide: DownstreamClient, useValue: downstream },
        {
          provide: ConfigService,
          useValue: new ConfigService({ USER_SERVICE_URL: 'http://users.test:18001' }),
        },
      ],
    }).compile();
    client = moduleRef.get(UserServiceClient);
  });

  it('GETs /users/:id on the configured user-service as hop user-service', async () => {
    const user = { id: 7, name: 'Gus', email: 'gus@example.com' };
    downstream.request.mockResolvedValue(user);

    await expect(client.getUser(7)).resolves.toBe(user);

    expect(downstream.request).toHaveBeenCalledWith('user-service', {
      method: 'GET',
      baseURL: 'http://users.test:18001',
      url: '/users/7',
    });
  });
});
