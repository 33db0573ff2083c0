import { HttpStatus } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { UserDto } from '@app/contracts';
import { DownstreamError } from '@app/service-kit';
import { TraceService } from '@app/telemetry';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { UserServiceClient } from '@app/clients';
import { UsersService } from './users.service';

const ALICE: UserDto = { id: 123, name: 'Alice Example', email: 'alice@example.com' };

describe(UsersService.name, () => {
  const tracing = useInMemoryTracing();
  const userServiceClient = { getUser: jest.fn<Promise<UserDto>, [number]>() };
  let service: UsersService;

  beforeEach(async () => {
    userServiceClient.getUser.mockReset();
    const moduleRef = await Test.createTestingModule({
      providers: [
        UsersService,
        TraceService,
        { provide: UserServiceClient, useValue: userServiceClient },
      ],
    }).compile();
    service = moduleRef.get(UsersService);
  });

  it('returns the user and records api-gateway.get_user with its events', async () => {
    userServiceClient.getUser.mockResolvedValue(ALICE);

    await expect(service.getUser(123)).resolves.toEqual(ALICE);

    expect(userServiceClient.getUser).toHaveBeenCalledWith(123);
    const span = tracing.span('api-gateway.get_user');
    expect(span.kind).toBe(SpanKind.INTERNAL);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes).toEqual({ 'user.id': 123 });
    expect(span.events.map((event) => [event.name, event.attributes])).toEqual([
      ['User lookup started', { 'user.id': 123 }],
      ['User lookup completed', { 'user.id': 123 }],
    ]);
  });

  it('nests under the server span and keeps its own span active for the user-service call', async () => {
    let activeInClient: string | undefined;
    userServiceClient.getUser.mockImplementation(() => {
      activeInClient = trace.getActiveSpan()?.spanContext().spanId;
      return Promise.resolve(ALICE);
    });

    const parentSpanId = await trace.getTracer('test').startActiveSpan('server', async (parent) => {
      await service.getUser(123);
      parent.end();
      return parent.spanContext().spanId;
    });

    const span = tracing.span('api-gateway.get_user');
    expect(span.parentSpanContext?.spanId).toBe(parentSpanId);
    expect(activeInClient).toBe(span.spanContext().spanId);
  });

  it('relays user-service 404 as it is and marks the span failed', async () => {
    const notFound = new DownstreamError(
      'user-service',
      HttpStatus.NOT_FOUND,
      'User 999 not found',
    );
    userServiceClient.getUser.mockRejectedValue(notFound);

    await expect(service.getUser(999)).rejects.toBe(notFound);

    const span = tracing.span('api-gateway.get_user');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'User 999 not found' });
    expect(span.events.map((event) => event.name)).toEqual(['User lookup started', 'exception']);
    expect(span.events[1].attributes).toMatchObject({
      'exception.type': 'DownstreamError',
      'exception.message': 'User 999 not found',
    });
  });
});
