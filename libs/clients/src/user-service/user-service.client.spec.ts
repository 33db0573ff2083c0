import { recordRequests, testBaseUrl } from '../testing/recorded-requests';
import { UserServiceClient } from './user-service.client';

describe(UserServiceClient.name, () => {
  it('getUser GETs /users/:id and resolves with the user', async () => {
    const user = { id: 7, name: 'Gus', email: 'gus@example.com' };
    const { result, requests } = await recordRequests(
      UserServiceClient,
      (client) => client.getUser(7),
      user,
    );

    expect(requests).toStrictEqual([
      { hop: 'user-service', baseURL: testBaseUrl('user-service'), method: 'GET', url: '/users/7' },
    ]);
    expect(result).toBe(user);
  });
});
