import { HttpStatus, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../app.module';
import { InventoryController } from './inventory.controller';

describe(InventoryController.name, () => {
  let app: INestApplication;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterEach(() => app.close());

  it('answers a stock check', async () => {
    const response = await request(app.getHttpServer())
      .post('/inventory/check')
      .send({ product_id: 1, quantity: 5 })
      .expect(HttpStatus.OK);
    expect(response.body).toEqual({
      product_id: 1,
      requested: 5,
      available: 100,
      sufficient: true,
    });
  });

  it('answers 409 with the shortfall when reserving too much, and takes nothing', async () => {
    const response = await request(app.getHttpServer())
      .post('/inventory/reserve')
      .send({ product_id: 5, quantity: 4 })
      .expect(HttpStatus.CONFLICT);
    expect(response.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      message: 'Not enough stock for product 5: requested 4, available 3',
    });
    const check = await request(app.getHttpServer())
      .post('/inventory/check')
      .send({ product_id: 5, quantity: 1 });
    expect(check.body.available).toBe(3);
  });

  it('answers 404 for an unknown product', async () => {
    const response = await request(app.getHttpServer())
      .post('/inventory/check')
      .send({ product_id: 99, quantity: 1 })
      .expect(HttpStatus.NOT_FOUND);
    expect(response.body.message).toBe('Product 99 not found');
  });

  it.each([
    [{ product_id: '1', quantity: 1 }, 'product_id must be an integer number'],
    [{ product_id: 1, quantity: 0 }, 'quantity must not be less than 1'],
    [{ product_id: 1, quantity: 1_000_000_000 }, 'quantity must not be greater than 100000'],
    [{ quantity: 1 }, 'product_id must be an integer number'],
    [{ product_id: 1.5, quantity: 1 }, 'product_id must be an integer number'],
  ])('answers 400 naming the field for %j', async (body, message) => {
    const response = await request(app.getHttpServer())
      .post('/inventory/check')
      .send(body)
      .expect(HttpStatus.BAD_REQUEST);
    expect(response.body.message).toContain(message);
  });

  it('answers 400 for malformed JSON', async () => {
    const response = await request(app.getHttpServer())
      .post('/inventory/reserve')
      .set('content-type', 'application/json')
      .send('{"product_id": 1,')
      .expect(HttpStatus.BAD_REQUEST);
    expect(response.body.statusCode).toBe(400);
  });
});
