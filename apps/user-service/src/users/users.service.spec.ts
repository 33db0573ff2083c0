import { HttpStatus } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { DatabaseServiceClient, UserNotFoundError } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { DownstreamError } from '@app/service-kit';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { UsersService } from './users.service';

const ALICE: UserDto = { id: 123, name: 'Alice Example', email: 'alice@example.com' };

describe(UsersService.name, () => {
  const tracing = useInMemoryTracing();
  const database = { findUser: jest.fn<Promise<UserDto>, [number]>() };
  let service: UsersService;

  beforeEach(async () => {
    database.findUser.mockReset();
    const moduleRef = await Test.createTestingModule({
      providers: [UsersService, { provide: DatabaseServiceClient, useValue: database }],
    }).compile();
    service = moduleRef.get(UsersService);
  });

  it('returns the user and records user-service.get_user with its events', async () => {
    database.findUser.mockResolvedValue(ALICE);

    await expect(service.getUser(123)).resolves.toEqual(ALICE);

    expect(database.findUser).toHaveBeenCalledWith(123);
    const span = tracing.span('user-service.get_user');
    expect(span.kind).toBe(SpanKind.INTERNAL);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes).toEqual({ 'user.id': 123 });
    expect(span.events.map((event) => [event.name, event.attributes])).toEqual([
      ['User lookup started', { 'user.id': 123 }],
      ['User lookup completed', { 'user.id': 123 }],
    ]);
  });

  it('starts its span as a child of the active span, so the database call nests under it', async () => {
    // The client must run inside the manual span: that is what makes its HTTP call a child.
    let activeInClient: string | undefined;
    database.findUser.mockImplementation(() => {
      activeInClient = trace.getActiveSpan()?.spanContext().spanId;
      return Promise.resolve(ALICE);
    });

    const parentSpanId = await trace.getTracer('test').startActiveSpan('server', async (parent) => {
      await service.getUser(123);
      parent.end();
      return parent.spanContext().spanId;
    });

    const span = tracing.span('user-service.get_user');
    expect(span.parentSpanContext?.spanId).toBe(parentSpanId);
    expect(span.spanContext().traceId).toBe(tracing.span('server').spanContext().traceId);
    expect(activeInClient).toBe(span.spanContext().spanId);
  });

  it('turns the database 404 into UserNotFoundError, recorded on its span', async () => {
    database.findUser.mockRejectedValue(
      new DownstreamError('database-service', HttpStatus.NOT_FOUND, 'users row 999 not found'),
    );

    const failure = service.getUser(999);

    await expect(failure).rejects.toBeInstanceOf(UserNotFoundError);
    await expect(failure).rejects.toThrow('User 999 not found');
    const span = tracing.span('user-service.get_user');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'User 999 not found' });
    expect(span.events.map((event) => event.name)).toEqual(['User lookup started', 'exception']);
    expect(span.events[1].attributes).toMatchObject({
      'exception.type': 'UserNotFoundError',
      'exception.message': 'User 999 not found',
    });
  });

  it.each([
    [HttpStatus.BAD_GATEWAY, 'database-service answered 500: boom'],
    [HttpStatus.SERVICE_UNAVAILABLE, 'database-service is unreachable (ECONNREFUSED)'],
    [HttpStatus.GATEWAY_TIMEOUT, 'database-service did not answer within 5000 ms'],
  ])(
    'rethrows a %i DownstreamError as it is and marks the span failed',
    async (status, message) => {
      const error = new DownstreamError('database-service', status, message);
      database.findUser.mockRejectedValue(error);

      await expect(service.getUser(123)).rejects.toBe(error);

      const span = tracing.span('user-service.get_user');
      expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message });
      expect(span.events.map((event) => event.name)).toEqual(['User lookup started', 'exception']);
      expect(span.events[1].attributes).toMatchObject({ 'exception.type': 'DownstreamError' });
    },
  );

  it('does not treat a 404 from another hop as a missing user', async () => {
    const error = new DownstreamError('other-service', HttpStatus.NOT_FOUND, 'nope');
    database.findUser.mockRejectedValue(error);

    await expect(service.getUser(123)).rejects.toBe(error);
  });
});
