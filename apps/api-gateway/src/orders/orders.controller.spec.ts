import { HttpStatus, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { OrderServiceClient, UserServiceClient } from '@app/clients';
import type { NewOrderDto, OrderDto, UserDto } from '@app/contracts';
import { SAMPLE_ORDER, SAMPLE_USER } from '@app/contracts/testing';
import { DownstreamError } from '@app/service-kit';
import { AppModule } from '../app.module';
import { OrdersController } from './orders.controller';

const CREATE = '/orders?user_id=123&product_id=1&quantity=2';

describe(OrdersController.name, () => {
  const userServiceClient = { getUser: jest.fn<Promise<UserDto>, [number]>() };
  const orderServiceClient = {
    createOrder: jest.fn<Promise<OrderDto>, [NewOrderDto]>(),
    getOrder: jest.fn<Promise<OrderDto>, [number]>(),
  };
  let app: INestApplication<App>;

  beforeAll(async () => {
    // The whole AppModule: real validation pipe and real exception filter.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(UserServiceClient)
      .useValue(userServiceClient)
      .overrideProvider(OrderServiceClient)
      .useValue(orderServiceClient)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(() => app.close());

  beforeEach(() => {
    jest.resetAllMocks();
    userServiceClient.getUser.mockResolvedValue(SAMPLE_USER);
    orderServiceClient.createOrder.mockResolvedValue(SAMPLE_ORDER);
  });

  describe('POST /orders', () => {
    it('answers 201 with the order, sending order-service numbers, not strings', async () => {
      const response = await request(app.getHttpServer()).post(CREATE).expect(201);

      expect(response.body).toEqual(SAMPLE_ORDER);
      expect(userServiceClient.getUser).toHaveBeenCalledWith(123);
      expect(orderServiceClient.createOrder).toHaveBeenCalledWith({
        user_id: 123,
        product_id: 1,
        quantity: 2,
      });
    });

    it('drops unknown query parameters before they reach order-service', async () => {
      await request(app.getHttpServer()).post(`${CREATE}&status=shipped`).expect(201);

      expect(orderServiceClient.createOrder).toHaveBeenCalledWith({
        user_id: 123,
        product_id: 1,
        quantity: 2,
      });
    });

    it.each([
      ['quantity=1.5', ['quantity must be an integer number']],
      ['quantity=-2', ['quantity must not be less than 1']],
      ['quantity=0', ['quantity must not be less than 1']],
      ['quantity=1000000000', ['quantity must not be greater than 100000']],
      ['quantity=1e9', ['quantity must not be greater than 100000']],
    ])('answers 400 naming quantity for %s', async (quantity, message) => {
      const response = await request(app.getHttpServer())
        .post(`/orders?user_id=123&product_id=1&${quantity}`)
        .expect(400);

      expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message });
      expect(userServiceClient.getUser).not.toHaveBeenCalled();
      expect(orderServiceClient.createOrder).not.toHaveBeenCalled();
    });

    it.each([
      ['user_id=0&product_id=1&quantity=2', 'user_id must not be less than 1'],
      ['user_id=123&product_id=-5&quantity=2', 'product_id must not be less than 1'],
      [
        'user_id=123&product_id=3000000000&quantity=2',
        'product_id must not be greater than 2147483647',
      ],
      ['user_id=abc&product_id=1&quantity=2', 'user_id must be an integer number'],
      ['user_id=123&product_id=1&quantity=two', 'quantity must be an integer number'],
      ['user_id=123&product_id=1&quantity=2&quantity=3', 'quantity must be an integer number'],
    ])('answers 400 naming the field for %s', async (query, message) => {
      const response = await request(app.getHttpServer()).post(`/orders?${query}`).expect(400);

      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.message).toContain(message);
      expect(orderServiceClient.createOrder).not.toHaveBeenCalled();
    });

    it('answers 400 naming each missing parameter', async () => {
      const response = await request(app.getHttpServer()).post('/orders?user_id=123').expect(400);

      expect(response.body.message).toEqual(
        expect.arrayContaining([
          'product_id must be an integer number',
          'quantity must be an integer number',
        ]),
      );
      const named = (response.body.message as string[]).map((message) => message.split(' ')[0]);
      expect(new Set(named)).toEqual(new Set(['product_id', 'quantity']));
      expect(userServiceClient.getUser).not.toHaveBeenCalled();
    });

    it('passes an unknown user 404 through and places no order', async () => {
      userServiceClient.getUser.mockRejectedValue(
        new DownstreamError('user-service', HttpStatus.NOT_FOUND, 'User 999 not found'),
      );

      const response = await request(app.getHttpServer())
        .post('/orders?user_id=999&product_id=1&quantity=2')
        .expect(404);

      expect(response.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'User 999 not found',
        hop: 'user-service',
      });
      expect(orderServiceClient.createOrder).not.toHaveBeenCalled();
    });

    it('passes order-service 409 through', async () => {
      const message = 'Not enough stock for product 5: requested 4, available 3';
      orderServiceClient.createOrder.mockRejectedValue(
        new DownstreamError('order-service', HttpStatus.CONFLICT, message),
      );

      const response = await request(app.getHttpServer())
        .post('/orders?user_id=123&product_id=5&quantity=4')
        .expect(409);

      expect(response.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message,
        hop: 'order-service',
      });
    });

    it.each([
      [HttpStatus.BAD_GATEWAY, 'Bad Gateway', 'order-service answered 500: Internal server error'],
      [
        HttpStatus.SERVICE_UNAVAILABLE,
        'Service Unavailable',
        'order-service is unreachable (ECONNREFUSED)',
      ],
      [
        HttpStatus.GATEWAY_TIMEOUT,
        'Gateway Timeout',
        'order-service did not answer within 5000 ms',
      ],
    ])('answers %i naming order-service when it fails', async (status, error, message) => {
      orderServiceClient.createOrder.mockRejectedValue(
        new DownstreamError('order-service', status, message),
      );

      const response = await request(app.getHttpServer()).post(CREATE).expect(status);

      expect(response.body).toEqual({ statusCode: status, error, message, hop: 'order-service' });
    });

    it('answers 503 naming user-service when the user check cannot be made', async () => {
      userServiceClient.getUser.mockRejectedValue(
        new DownstreamError(
          'user-service',
          HttpStatus.SERVICE_UNAVAILABLE,
          'user-service is unreachable (ECONNREFUSED)',
        ),
      );

      const response = await request(app.getHttpServer()).post(CREATE).expect(503);

      expect(response.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'user-service is unreachable (ECONNREFUSED)',
        hop: 'user-service',
      });
      expect(orderServiceClient.createOrder).not.toHaveBeenCalled();
    });
  });

  describe('GET /orders/:id', () => {
    it('answers 200 with the order', async () => {
      orderServiceClient.getOrder.mockResolvedValue(SAMPLE_ORDER);

      const response = await request(app.getHttpServer()).get('/orders/1000').expect(200);

      expect(response.body).toEqual(SAMPLE_ORDER);
      expect(orderServiceClient.getOrder).toHaveBeenCalledWith(1000);
    });

    it.each([
      ['0', 'id must be a positive integer'],
      ['4.2', 'id must be a positive integer'],
      ['2147483648', 'id must not be greater than 2147483647'],
    ])('answers 400 naming id for /orders/%s', async (id, message) => {
      const response = await request(app.getHttpServer()).get(`/orders/${id}`).expect(400);

      expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: [message] });
      expect(orderServiceClient.getOrder).not.toHaveBeenCalled();
    });

    it('passes order-service 404 through', async () => {
      orderServiceClient.getOrder.mockRejectedValue(
        new DownstreamError('order-service', HttpStatus.NOT_FOUND, 'Order 7 not found'),
      );

      const response = await request(app.getHttpServer()).get('/orders/7').expect(404);

      expect(response.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'Order 7 not found',
        hop: 'order-service',
      });
    });

    it('answers 504 naming order-service on a timeout', async () => {
      orderServiceClient.getOrder.mockRejectedValue(
        new DownstreamError(
          'order-service',
          HttpStatus.GATEWAY_TIMEOUT,
          'order-service did not answer within 5000 ms',
        ),
      );

      const response = await request(app.getHttpServer()).get('/orders/7').expect(504);

      expect(response.body).toEqual({
        statusCode: 504,
        error: 'Gateway Timeout',
        message: 'order-service did not answer within 5000 ms',
        hop: 'order-service',
      });
    });
  });
});
