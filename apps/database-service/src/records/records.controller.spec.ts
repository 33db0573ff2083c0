import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { AppModule } from '../app.module';
import { SqlClient } from '../sql/sql-client';
import { SEED_SQL } from '../sql/schema';
import { RecordsController } from './records.controller';

const SEEDED_ORDER_123 = {
  id: 123,
  user_id: 123,
  product_id: 1,
  quantity: 2,
  status: 'confirmed',
  created_at: '2025-01-15T09:30:00.000Z',
};
const NEW_ORDER = { user_id: 1001, product_id: 4, quantity: 2 };

describe(RecordsController.name, () => {
  let app: INestApplication<App>;
  let sql: SqlClient;

  const http = () => request(app.getHttpServer());
  const insert = (body: unknown) =>
    http()
      .post('/insert')
      .send(body as object);
  const notFound = (message: string) => ({ statusCode: 404, error: 'Not Found', message });

  beforeAll(async () => {
    // The whole app (ServiceKitModule included), so validation and the exception filter are real.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    sql = app.get(SqlClient);
  }, 60_000);

  beforeEach(async () => {
    await sql.exec('TRUNCATE orders RESTART IDENTITY');
    await sql.exec(SEED_SQL);
  });

  afterAll(() => app.close());

  describe('GET /query', () => {
    it('answers 200 with a seeded user', async () => {
      const response = await http().get('/query?table=users&id=2002').expect(200);
      expect(response.body).toEqual({
        id: 2002,
        name: 'Dagny Marsh',
        email: 'dagny.marsh@example.com',
      });
    });

    it('answers 200 with a seeded order, created_at as an ISO string', async () => {
      const response = await http().get('/query?table=orders&id=123').expect(200);
      expect(response.body).toEqual(SEEDED_ORDER_123);
    });

    it('answers 404 naming the missing row', async () => {
      const response = await http().get('/query?table=users&id=999').expect(404);
      expect(response.body).toEqual(notFound('users row 999 not found'));
    });

    it.each(['secrets', 'pg_user', '', 'users;DROP TABLE users'])(
      'answers 400 naming table for table=%j',
      async (table) => {
        const response = await http().get('/query').query({ table, id: 1 }).expect(400);
        expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
        expect(response.body.message).toEqual(['table must be one of: users, orders']);
      },
    );

    it.each(['abc', '0', '-1', '1.5', '', '1e3x'])('answers 400 for id=%j', async (id) => {
      const response = await http().get('/query').query({ table: 'users', id }).expect(400);
      expect(response.body.message).toContain('id must be a positive integer');
    });

    it('answers 400 for an id past the integer column range', async () => {
      const response = await http().get('/query?table=users&id=2147483648').expect(400);
      expect(response.body.message).toEqual(['id must not be greater than 2147483647']);
    });
  });

  describe('POST /insert', () => {
    it('answers 201 with the stored order, which GET /query then returns', async () => {
      const created = await insert({ table: 'orders', values: NEW_ORDER }).expect(201);
      expect(created.body).toEqual({
        id: 1000,
        ...NEW_ORDER,
        status: 'confirmed',
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string,
      });
      const read = await http().get('/query?table=orders&id=1000').expect(200);
      expect(read.body).toEqual(created.body);
    });

    it('answers 404 for an unknown user and writes nothing', async () => {
      const response = await insert({ table: 'orders', values: { ...NEW_ORDER, user_id: 5 } });
      expect(response.status).toBe(404);
      expect(response.body).toEqual(notFound('users row 5 not found'));
      await http().get('/query?table=orders&id=1000').expect(404);
      // No id was used up either: the next order still gets the first one.
      const next = await insert({ table: 'orders', values: NEW_ORDER }).expect(201);
      expect(next.body.id).toBe(1000);
    });

    it('answers 400 for malformed JSON', async () => {
      const response = await http()
        .post('/insert')
        .set('content-type', 'application/json')
        .send('{"table": "orders", "values": {')
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });

    it.each([
      [
        'a table that is not writable',
        { table: 'users', values: NEW_ORDER },
        'table must be one of: orders',
      ],
      ['missing values', { table: 'orders' }, 'values should not be null or undefined'],
      [
        'values that are not an object',
        { table: 'orders', values: 'x' },
        'nested property values must be either object or array',
      ],
      [
        'a numeric string for user_id',
        { table: 'orders', values: { ...NEW_ORDER, user_id: '1001' } },
        'values.user_id must be an integer number',
      ],
      [
        'a fractional product_id',
        { table: 'orders', values: { ...NEW_ORDER, product_id: 1.5 } },
        'values.product_id must be an integer number',
      ],
      [
        'a zero quantity',
        { table: 'orders', values: { ...NEW_ORDER, quantity: 0 } },
        'values.quantity must not be less than 1',
      ],
      ['an array body', [{ table: 'orders', values: NEW_ORDER }], 'table must be one of: orders'],
    ])('answers 400 for %s', async (_case, body, message) => {
      const response = await insert(body).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.message).toContain(message);
      await http().get('/query?table=orders&id=1000').expect(404);
    });
  });

  describe('DELETE /delete', () => {
    it('answers 200 {deleted: 1}, then 404 once the row is gone', async () => {
      const deleted = await http().delete('/delete?table=orders&id=123').expect(200);
      expect(deleted.body).toEqual({ deleted: 1 });
      const again = await http().delete('/delete?table=orders&id=123').expect(404);
      expect(again.body).toEqual(notFound('orders row 123 not found'));
      await http().get('/query?table=orders&id=123').expect(404);
    });

    it('answers 400 for a table it may not write, and deletes nothing', async () => {
      const response = await http().delete('/delete?table=users&id=123').expect(400);
      expect(response.body.message).toEqual(['table must be one of: orders']);
      await http().get('/query?table=users&id=123').expect(200);
    });

    it('answers 400 for a bad id', async () => {
      const response = await http().delete('/delete?table=orders&id=zero').expect(400);
      expect(response.body.message).toContain('id must be a positive integer');
    });
  });
});
