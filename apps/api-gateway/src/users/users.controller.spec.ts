import { HttpStatus, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { OrderServiceClient, UserServiceClient } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { SAMPLE_USER } from '@app/contracts/testing';
import { DownstreamError } from '@app/service-kit';
import { AppModule } from '../app.module';
import { UsersController } from './users.controller';

describe(UsersController.name, () => {
  const userServiceClient = { getUser: jest.fn<Promise<UserDto>, [number]>() };
  let app: INestApplication<App>;

  beforeAll(async () => {
    // The whole AppModule: real validation pipe and real exception filter.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(UserServiceClient)
      .useValue(userServiceClient)
      .overrideProvider(OrderServiceClient)
      .useValue({})
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(() => app.close());

  beforeEach(() => userServiceClient.getUser.mockReset());

  it('GET /users/123 answers 200 with the user from user-service', async () => {
    userServiceClient.getUser.mockResolvedValue(SAMPLE_USER);

    const response = await request(app.getHttpServer()).get('/users/123').expect(200);

    expect(response.body).toEqual(SAMPLE_USER);
    expect(userServiceClient.getUser).toHaveBeenCalledWith(123);
  });

  it.each([
    ['0', 'id must be a positive integer'],
    ['-1', 'id must be a positive integer'],
    ['2.5', 'id must be a positive integer'],
    ['3000000000', 'id must not be greater than 2147483647'],
  ])('GET /users/%s answers 400 naming id', async (id, message) => {
    const response = await request(app.getHttpServer()).get(`/users/${id}`).expect(400);

    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: [message] });
    expect(userServiceClient.getUser).not.toHaveBeenCalled();
  });

  it('GET /users/abc answers 400 naming id', async () => {
    const response = await request(app.getHttpServer()).get('/users/abc').expect(400);

    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.message).toContain('id must be a positive integer');
    for (const message of response.body.message as string[]) expect(message).toMatch(/^id /);
    expect(userServiceClient.getUser).not.toHaveBeenCalled();
  });

  it('GET /users/%E0 answers 400, not 500', async () => {
    const response = await request(app.getHttpServer()).get('/users/%E0').expect(400);

    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('passes user-service 404 through, naming the hop', async () => {
    userServiceClient.getUser.mockRejectedValue(
      new DownstreamError('user-service', HttpStatus.NOT_FOUND, 'User 999 not found'),
    );

    const response = await request(app.getHttpServer()).get('/users/999').expect(404);

    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'User 999 not found',
      hop: 'user-service',
    });
  });

  it.each([
    [HttpStatus.BAD_GATEWAY, 'Bad Gateway', 'user-service answered 500: Internal server error'],
    [
      HttpStatus.SERVICE_UNAVAILABLE,
      'Service Unavailable',
      'user-service is unreachable (ECONNREFUSED)',
    ],
    [HttpStatus.GATEWAY_TIMEOUT, 'Gateway Timeout', 'user-service did not answer within 5000 ms'],
  ])('answers %i naming user-service when it fails', async (status, error, message) => {
    userServiceClient.getUser.mockRejectedValue(
      new DownstreamError('user-service', status, message),
    );

    const response = await request(app.getHttpServer()).get('/users/123').expect(status);

    expect(response.body).toEqual({ statusCode: status, error, message, hop: 'user-service' });
  });

  it('answers /health with its service name', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);

    expect(response.body).toEqual({ status: 'ok', service: 'api-gateway' });
  });
});
