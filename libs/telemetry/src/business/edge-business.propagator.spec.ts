import { defaultTextMapGetter, propagation, ROOT_CONTEXT } from '@opentelemetry/api';
import { CompositePropagator, W3CBaggagePropagator } from '@opentelemetry/core';
import { EdgeBusinessPropagator } from './edge-business.propagator';

describe(EdgeBusinessPropagator.name, () => {
  // As at the gateway: the configured baggage propagator first, the edge after it.
  const edge = new CompositePropagator({
    propagators: [new W3CBaggagePropagator(), new EdgeBusinessPropagator()],
  });

  function baggageAfter(headers: Record<string, string>): Record<string, string> {
    const extracted = edge.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
    return Object.fromEntries(
      (propagation.getBaggage(extracted)?.getAllEntries() ?? []).map(([key, entry]) => [
        key,
        entry.value,
      ]),
    );
  }

  it('turns the business headers into business.* baggage', () => {
    expect(baggageAfter({ 'x-client-id': 'web-checkout', 'x-session-id': 'sess-7f3a' })).toEqual({
      'business.client_id': 'web-checkout',
      'business.session_id': 'sess-7f3a',
    });
  });

  it("drops a caller's own business.* baggage and keeps its other entries", () => {
    expect(
      baggageAfter({ baggage: 'business.client_id=forged,business.tier=gold,client.id=abc' }),
    ).toEqual({ 'client.id': 'abc' });
  });

  it('replaces forged baggage with the header the edge validated', () => {
    expect(baggageAfter({ baggage: 'business.client_id=forged', 'x-client-id': 'web' })).toEqual({
      'business.client_id': 'web',
    });
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['a space', 'web checkout'],
    ['a comma that would split baggage', 'a,b=c'],
    ['non-ASCII', 'wéb'],
    ['empty', ''],
  ])('drops a value that is %s', (_why, value) => {
    expect(baggageAfter({ 'x-client-id': value, 'x-session-id': 's1' })).toEqual({
      'business.session_id': 's1',
    });
  });

  it('leaves a request without business headers or baggage without baggage', () => {
    const extracted = edge.extract(ROOT_CONTEXT, {}, defaultTextMapGetter);
    expect(propagation.getBaggage(extracted)).toBeUndefined();
  });
});
