import { HttpStatus, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DatabaseServiceClient } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { DownstreamError } from '@app/service-kit';
import { AppModule } from '../app.module';
import { UsersController } from './users.controller';

const ALICE: UserDto = { id: 123, name: 'Alice Example', email: 'alice@example.com' };

describe(UsersController.name, () => {
  const database = { findUser: jest.fn<Promise<UserDto>, [number]>() };
  let app: INestApplication<App>;

  beforeAll(async () => {
    // The whole AppModule: real validation pipe, real filter and real domain-error mapping.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(DatabaseServiceClient)
      .useValue(database)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(() => app.close());

  beforeEach(() => database.findUser.mockReset());

  it('GET /users/123 answers 200 with the user', async () => {
    database.findUser.mockResolvedValue(ALICE);

    const response = await request(app.getHttpServer()).get('/users/123').expect(200);

    expect(response.body).toEqual(ALICE);
    expect(database.findUser).toHaveBeenCalledWith(123);
  });

  it.each([
    ['0', 'id must be a positive integer'],
    ['-4', 'id must be a positive integer'],
    ['1.5', 'id must be a positive integer'],
    ['99999999999', 'id must not be greater than 2147483647'],
  ])('GET /users/%s answers 400 naming id', async (id, message) => {
    const response = await request(app.getHttpServer()).get(`/users/${id}`).expect(400);

    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: [message] });
    expect(database.findUser).not.toHaveBeenCalled();
  });

  it('GET /users/abc answers 400 naming id', async () => {
    const response = await request(app.getHttpServer()).get('/users/abc').expect(400);

    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.message).toContain('id must be a positive integer');
    for (const message of response.body.message as string[]) expect(message).toMatch(/^id /);
    expect(database.findUser).not.toHaveBeenCalled();
  });

  it('answers 404 for a user the database does not have', async () => {
    database.findUser.mockRejectedValue(
      new DownstreamError('database-service', HttpStatus.NOT_FOUND, 'users row 999 not found'),
    );

    const response = await request(app.getHttpServer()).get('/users/999').expect(404);

    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'User 999 not found',
    });
  });

  it.each([
    [HttpStatus.BAD_GATEWAY, 'Bad Gateway', 'database-service answered 500: boom'],
    [
      HttpStatus.SERVICE_UNAVAILABLE,
      'Service Unavailable',
      'database-service is unreachable (ECONNREFUSED)',
    ],
    [
      HttpStatus.GATEWAY_TIMEOUT,
      'Gateway Timeout',
      'database-service did not answer within 5000 ms',
    ],
  ])('answers %i naming database-service when it fails', async (status, error, message) => {
    database.findUser.mockRejectedValue(new DownstreamError('database-service', status, message));

    const response = await request(app.getHttpServer()).get('/users/123').expect(status);

    expect(response.body).toEqual({
      statusCode: status,
      error,
      message,
      hop: 'database-service',
    });
  });

  it('answers /health with its service name', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);

    expect(response.body).toEqual({ status: 'ok', service: 'user-service' });
  });
});
