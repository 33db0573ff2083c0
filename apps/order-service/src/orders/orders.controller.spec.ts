import { HttpStatus, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ProductNotFoundError, UserNotFoundError } from '@app/clients';
import { SAMPLE_ORDER } from '@app/contracts/testing';
import { DownstreamError } from '@app/service-kit';
import { AppModule } from '../app.module';
import { OrderNotFoundError } from './order-not-found.error';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { OutOfStockError } from './out-of-stock.error';

describe(OrdersController.name, () => {
  const orders = { createOrder: jest.fn(), getOrder: jest.fn() };
  let app: INestApplication;

  beforeEach(async () => {
    orders.createOrder.mockReset().mockResolvedValue(SAMPLE_ORDER);
    orders.getOrder.mockReset().mockResolvedValue(SAMPLE_ORDER);
    // The real AppModule: real settings, validation pipe, exception filter and error mapping.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(OrdersService)
      .useValue(orders)
      .compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterEach(() => app.close());

  describe('POST /orders', () => {
    it('answers 201 with the created order', async () => {
      const response = await request(app.getHttpServer())
        .post('/orders')
        .send({ user_id: 123, product_id: 1, quantity: 2 })
        .expect(HttpStatus.CREATED);

      expect(response.body).toEqual(SAMPLE_ORDER);
      expect(orders.createOrder).toHaveBeenCalledWith({ user_id: 123, product_id: 1, quantity: 2 });
    });

    it('drops fields the contract does not know before the service sees them', async () => {
      await request(app.getHttpServer())
        .post('/orders')
        .send({ user_id: 123, product_id: 1, quantity: 2, status: 'shipped' })
        .expect(HttpStatus.CREATED);

      expect(orders.createOrder.mock.calls[0][0]).toStrictEqual(
        expect.objectContaining({ user_id: 123, product_id: 1, quantity: 2 }),
      );
      expect(Object.keys(orders.createOrder.mock.calls[0][0] as object).sort()).toEqual([
        'product_id',
        'quantity',
        'user_id',
      ]);
    });

    it.each([
      [{ user_id: '123', product_id: 1, quantity: 2 }, 'user_id must be an integer number'],
      [{ user_id: 123, product_id: '1', quantity: 2 }, 'product_id must be an integer number'],
      [{ user_id: 123, product_id: 1, quantity: '2' }, 'quantity must be an integer number'],
      [{ user_id: 123, product_id: 1, quantity: 2.5 }, 'quantity must be an integer number'],
      [{ user_id: 123, product_id: 1, quantity: 0 }, 'quantity must not be less than 1'],
      [
        { user_id: 123, product_id: 1, quantity: 100_001 },
        'quantity must not be greater than 100000',
      ],
      [{ user_id: -4, product_id: 1, quantity: 2 }, 'user_id must not be less than 1'],
      [{ user_id: 123, quantity: 2 }, 'product_id must be an integer number'],
      [{ user_id: 123, product_id: null, quantity: 2 }, 'product_id must be an integer number'],
    ])('answers 400 naming the field for %j', async (body, message) => {
      const response = await request(app.getHttpServer())
        .post('/orders')
        .send(body)
        .expect(HttpStatus.BAD_REQUEST);

      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.arrayContaining([message]),
      });
      expect(orders.createOrder).not.toHaveBeenCalled();
    });

    it('answers 400 naming every field for an empty body', async () => {
      const response = await request(app.getHttpServer()).post('/orders').expect(400);

      expect(response.body.message).toEqual(
        expect.arrayContaining([
          'user_id must be an integer number',
          'product_id must be an integer number',
          'quantity must be an integer number',
        ]),
      );
      expect(orders.createOrder).not.toHaveBeenCalled();
    });

    it.each(['{"user_id": 123,', '[1, 2]', 'null'])(
      'answers 400 for the JSON body %s',
      async (body) => {
        const response = await request(app.getHttpServer())
          .post('/orders')
          .set('content-type', 'application/json')
          .send(body)
          .expect(HttpStatus.BAD_REQUEST);

        expect(response.body.statusCode).toBe(400);
        expect(response.body.error).toBe('Bad Request');
        expect(orders.createOrder).not.toHaveBeenCalled();
      },
    );

    it('answers 400 with the parser message for broken JSON', async () => {
      const response = await request(app.getHttpServer())
        .post('/orders')
        .set('content-type', 'application/json')
        .send('{"user_id": 123,')
        .expect(HttpStatus.BAD_REQUEST);

      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        // Nest turns the body parser's SyntaxError into a BadRequestException with its message.
        message: expect.stringContaining('JSON at position 16'),
      });
      expect(orders.createOrder).not.toHaveBeenCalled();
    });

    it.each([
      [
        new OutOfStockError(5, 4, 3),
        HttpStatus.CONFLICT,
        'Conflict',
        'Not enough stock for product 5: requested 4, available 3',
      ],
      [new ProductNotFoundError(99), HttpStatus.NOT_FOUND, 'Not Found', 'Product 99 not found'],
      [new UserNotFoundError(999), HttpStatus.NOT_FOUND, 'Not Found', 'User 999 not found'],
    ])('maps %s to its status', async (error, status, reason, message) => {
      orders.createOrder.mockRejectedValue(error);

      const response = await request(app.getHttpServer())
        .post('/orders')
        .send({ user_id: 123, product_id: 1, quantity: 2 })
        .expect(status);

      expect(response.body).toEqual({ statusCode: status, error: reason, message });
    });

    it('answers a downstream failure with the hop named', async () => {
      orders.createOrder.mockRejectedValue(
        new DownstreamError(
          'inventory-service',
          HttpStatus.SERVICE_UNAVAILABLE,
          'inventory-service is unreachable (ECONNREFUSED)',
        ),
      );

      const response = await request(app.getHttpServer())
        .post('/orders')
        .send({ user_id: 123, product_id: 1, quantity: 2 })
        .expect(HttpStatus.SERVICE_UNAVAILABLE);

      expect(response.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'inventory-service is unreachable (ECONNREFUSED)',
        hop: 'inventory-service',
      });
    });
  });

  describe('GET /orders/:id', () => {
    it('answers 200 with the order', async () => {
      const response = await request(app.getHttpServer()).get('/orders/1000').expect(200);

      expect(response.body).toEqual(SAMPLE_ORDER);
      expect(orders.getOrder).toHaveBeenCalledWith(1000);
    });

    it('answers 404 for an unknown order', async () => {
      orders.getOrder.mockRejectedValue(new OrderNotFoundError(77));

      const response = await request(app.getHttpServer()).get('/orders/77').expect(404);

      expect(response.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'Order 77 not found',
      });
    });

    it.each(['abc', '0', '-1', '1.5', '2147483648'])(
      'answers 400 naming id for /orders/%s',
      async (id) => {
        const response = await request(app.getHttpServer()).get(`/orders/${id}`).expect(400);

        expect(response.body.statusCode).toBe(400);
        expect((response.body.message as string[]).every((m) => m.startsWith('id must'))).toBe(
          true,
        );
        expect(orders.getOrder).not.toHaveBeenCalled();
      },
    );
  });
});
