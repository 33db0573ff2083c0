import { Test } from '@nestjs/testing';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { TraceService } from '@app/telemetry';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { openSqlClient } from '../sql/open-sql-client';
import { SqlClient } from '../sql/sql-client';
import { SEED_SQL } from '../sql/schema';
import { RecordsService } from './records.service';
import { RowNotFoundError } from './row-not-found.error';

const ORDER_COLUMNS = 'id, user_id, product_id, quantity, status, created_at';
const INSERT_TEXT =
  'INSERT INTO orders (user_id, product_id, quantity) SELECT $1, $2, $3' +
  ` WHERE EXISTS (SELECT 1 FROM users WHERE id = $1) RETURNING ${ORDER_COLUMNS}`;
const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function eventNames(span: ReadableSpan): string[] {
  return span.events.map((event) => event.name);
}

describe(RecordsService.name, () => {
  const tracing = useInMemoryTracing();
  let sql: SqlClient;
  let service: RecordsService;

  /** Runs `work` under a parent span, so each test can check its span's parent. */
  async function underParent<T>(work: () => Promise<T>): Promise<{ result: T; parentId: string }> {
    return trace.getTracer('test').startActiveSpan('test-parent', async (parent) => {
      try {
        return { result: await work(), parentId: parent.spanContext().spanId };
      } finally {
        parent.end();
      }
    });
  }

  async function orderCount(): Promise<number> {
    const { rows } = await sql.query<{ n: number }>('SELECT count(*)::integer AS n FROM orders');
    return rows[0].n;
  }

  beforeAll(async () => {
    sql = await openSqlClient({});
    const moduleRef = await Test.createTestingModule({
      providers: [RecordsService, TraceService, { provide: SqlClient, useValue: sql }],
    }).compile();
    service = moduleRef.get(RecordsService);
  }, 60_000);

  beforeEach(async () => {
    // Every test starts from the seed: orders 123 and 456, next new id 1000.
    await sql.exec('TRUNCATE orders RESTART IDENTITY');
    await sql.exec(SEED_SQL);
    tracing.reset();
  });

  afterAll(() => sql.close());

  describe('findById', () => {
    it('returns a seeded user inside a database-service.query span', async () => {
      const { result, parentId } = await underParent(() =>
        service.findById({ table: 'users', id: 123 }),
      );

      expect(result).toEqual({ id: 123, name: 'Ada Fernsby', email: 'ada.fernsby@example.com' });
      const span = tracing.span('database-service.query');
      expect(span.parentSpanContext?.spanId).toBe(parentId);
      expect(span.attributes).toEqual({
        'db.system.name': 'postgresql',
        'db.operation.name': 'SELECT',
        'db.collection.name': 'users',
        'db.query.text': 'SELECT id, name, email FROM users WHERE id = $1',
        'db.response.returned_rows': 1,
      });
      expect(eventNames(span)).toEqual(['Query started', 'Query completed']);
      expect(span.events[1].attributes).toEqual({ 'db.response.returned_rows': 1 });
      expect(span.status.code).toBe(SpanStatusCode.UNSET);
    });

    it('returns a seeded order with created_at as an ISO string', async () => {
      await expect(service.findById({ table: 'orders', id: 456 })).resolves.toEqual({
        id: 456,
        user_id: 789,
        product_id: 3,
        quantity: 1,
        status: 'confirmed',
        created_at: '2025-02-03T14:05:00.000Z',
      });
      expect(tracing.span('database-service.query').attributes['db.query.text']).toBe(
        `SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1`,
      );
    });

    it('throws RowNotFoundError for a missing row but leaves the query span successful', async () => {
      const lookup = service.findById({ table: 'users', id: 999 });

      await expect(lookup).rejects.toThrow(new RowNotFoundError('users', 999));
      await expect(lookup).rejects.toThrow('users row 999 not found');
      const span = tracing.span('database-service.query');
      expect(span.attributes['db.response.returned_rows']).toBe(0);
      expect(eventNames(span)).toEqual(['Query started', 'Query completed']);
      expect(span.status.code).toBe(SpanStatusCode.UNSET);
    });
  });

  describe('insert', () => {
    it('inserts an order from id 1000 and records it on database-service.insert', async () => {
      const values = { user_id: 789, product_id: 2, quantity: 4 };
      const { result, parentId } = await underParent(() =>
        service.insert({ table: 'orders', values }),
      );

      expect(result).toEqual({
        id: 1000,
        ...values,
        status: 'confirmed',
        created_at: expect.stringMatching(ISO_TIMESTAMP) as string,
      });
      await expect(service.findById({ table: 'orders', id: 1000 })).resolves.toEqual(result);
      const span = tracing.span('database-service.insert');
      expect(span.parentSpanContext?.spanId).toBe(parentId);
      expect(span.attributes).toEqual({
        'db.system.name': 'postgresql',
        'db.operation.name': 'INSERT',
        'db.collection.name': 'orders',
        'db.query.text': INSERT_TEXT,
        'user.id': 789,
        'product.id': 2,
        'order.quantity': 4,
        'db.response.returned_rows': 1,
        'order.id': 1000,
      });
      expect(eventNames(span)).toEqual(['Row inserted']);
      expect(span.events[0].attributes).toEqual({ 'order.id': 1000 });
      expect(span.status.code).toBe(SpanStatusCode.UNSET);
    });

    it('rejects an unknown user with RowNotFoundError, writes nothing and burns no id', async () => {
      const before = await orderCount();

      await expect(
        service.insert({ table: 'orders', values: { user_id: 5, product_id: 1, quantity: 1 } }),
      ).rejects.toThrow(new RowNotFoundError('users', 5));

      expect(await orderCount()).toBe(before);
      const span = tracing.span('database-service.insert');
      expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'users row 5 not found' });
      expect(span.attributes['db.response.returned_rows']).toBe(0);
      expect(
        span.events.map((event) => [event.name, event.attributes?.['exception.type']]),
      ).toEqual([['exception', 'RowNotFoundError']]);
      const next = await service.insert({
        table: 'orders',
        values: { user_id: 123, product_id: 1, quantity: 1 },
      });
      expect(next.id).toBe(1000);
    });
  });

  describe('remove', () => {
    it('deletes an order inside a database-service.delete span', async () => {
      await expect(service.remove({ table: 'orders', id: 123 })).resolves.toEqual({ deleted: 1 });

      const span = tracing.span('database-service.delete');
      expect(span.attributes).toEqual({
        'db.system.name': 'postgresql',
        'db.operation.name': 'DELETE',
        'db.collection.name': 'orders',
        'db.query.text': 'DELETE FROM orders WHERE id = $1',
        'order.id': 123,
      });
      expect(eventNames(span)).toEqual(['Row deleted']);
      await expect(service.findById({ table: 'orders', id: 123 })).rejects.toThrow(
        'orders row 123 not found',
      );
    });

    it('throws RowNotFoundError when nothing matched, with an OK delete span', async () => {
      await expect(service.remove({ table: 'orders', id: 999 })).rejects.toThrow(
        new RowNotFoundError('orders', 999),
      );

      const span = tracing.span('database-service.delete');
      expect(eventNames(span)).toEqual([]);
      expect(span.status.code).toBe(SpanStatusCode.UNSET);
      expect(await orderCount()).toBe(2);
    });
  });

  describe('with a driver that fails', () => {
    const query = jest.fn<Promise<never>, [string, readonly unknown[]]>();
    let failing: RecordsService;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({
        providers: [RecordsService, TraceService, { provide: SqlClient, useValue: { query } }],
      }).compile();
      failing = moduleRef.get(RecordsService);
    });

    const values = { user_id: 123, product_id: 1, quantity: 1 };

    it('maps a foreign key violation (user deleted mid-insert) to RowNotFoundError', async () => {
      query.mockRejectedValueOnce(
        Object.assign(new Error('violates foreign key'), { code: '23503' }),
      );

      await expect(failing.insert({ table: 'orders', values })).rejects.toThrow(
        new RowNotFoundError('users', 123),
      );
      const span = tracing.span('database-service.insert');
      expect(span.attributes['db.response.status_code']).toBe('23503');
      expect(span.status.code).toBe(SpanStatusCode.ERROR);
    });

    it('passes any other driver error on, recorded on the span', async () => {
      query.mockRejectedValueOnce(
        Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }),
      );

      await expect(failing.insert({ table: 'orders', values })).rejects.toThrow(
        'connection refused',
      );
      const span = tracing.span('database-service.insert');
      expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'connection refused' });
      expect(span.attributes['db.response.status_code']).toBeUndefined();
    });
  });
});
