import { HttpStatus } from '@nestjs/common';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { UserServiceClient } from '@app/clients';
import type { UserDto } from '@app/contracts';
import { SAMPLE_USER } from '@app/contracts/testing';
import { DownstreamError } from '@app/service-kit';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { UserLookupService } from './user-lookup.service';

describe(UserLookupService.name, () => {
  const tracing = useInMemoryTracing();
  const getUser = jest.fn<Promise<UserDto>, [number]>();
  const lookup = new UserLookupService({ getUser } as unknown as UserServiceClient);

  beforeEach(() => getUser.mockReset());

  it('asks user-service from inside api-gateway.get_user, a child of the server span', async () => {
    let askedFrom: string | undefined;
    getUser.mockImplementation(() => {
      askedFrom = trace.getActiveSpan()?.spanContext().spanId;
      return Promise.resolve(SAMPLE_USER);
    });

    const server = await trace.getTracer('test').startActiveSpan('server', async (span) => {
      await expect(lookup.getUser(123)).resolves.toBe(SAMPLE_USER);
      span.end();
      return span.spanContext().spanId;
    });

    const span = tracing.span('api-gateway.get_user');
    expect(getUser).toHaveBeenCalledWith(123);
    expect(askedFrom).toBe(span.spanContext().spanId);
    expect(span.parentSpanContext?.spanId).toBe(server);
    expect(span.attributes).toEqual({ 'user.id': 123 });
    expect(span.events.map(({ name, attributes }) => [name, attributes])).toEqual([
      ['User lookup started', { 'user.id': 123 }],
      ['User lookup completed', { 'user.id': 123 }],
    ]);
  });

  it("relays user-service's 404 unchanged (the user is user-service's to deny), marking the span", async () => {
    const notFound = new DownstreamError('user-service', HttpStatus.NOT_FOUND, 'User 9 not found');
    getUser.mockRejectedValue(notFound);

    await expect(lookup.getUser(9)).rejects.toBe(notFound);

    const span = tracing.span('api-gateway.get_user');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'User 9 not found' });
    expect(span.events.map(({ name }) => name)).toEqual(['User lookup started', 'exception']);
    expect(span.events[1].attributes).toMatchObject({ 'exception.type': 'DownstreamError' });
  });
});
