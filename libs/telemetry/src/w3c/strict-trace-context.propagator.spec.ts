import {
  context,
  type Context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  trace,
} from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import { useInMemoryTracing } from '../testing';
import { StrictTraceContextPropagator } from './strict-trace-context.propagator';

const TRACE_ID = '12345678901234567890123456789012';
const PARENT_ID = '1234567890123456';

describe(StrictTraceContextPropagator.name, () => {
  useInMemoryTracing();
  const propagator = new StrictTraceContextPropagator();
  const tracer = trace.getTracer('test');

  function extract(headers: Record<string, string | string[]>, from: Context = ROOT_CONTEXT) {
    return propagator.extract(from, headers, defaultTextMapGetter);
  }

  /** The headers a client span started in `parent` sends, as an instrumented call would. */
  function sentFrom(parent: Context): Record<string, string> {
    const span = tracer.startSpan('client', {}, parent);
    const headers: Record<string, string> = {};
    propagator.inject(trace.setSpan(parent, span), headers, defaultTextMapSetter);
    span.end();
    return headers;
  }

  /** A request that arrives with `headers`, handled in a server span, calls downstream once. */
  function forwarded(headers: Record<string, string | string[]>): Record<string, string> {
    const incoming = extract(headers);
    const server = tracer.startSpan('server', {}, incoming);
    return sentFrom(trace.setSpan(incoming, server));
  }

  describe('traceparent', () => {
    it('continues the trace with a new parent id', () => {
      const sent = forwarded({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` });
      expect(sent.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
      expect(sent.traceparent.split('-')[2]).not.toBe(PARENT_ID);
    });

    it.each([
      ['two fields', [`00-${TRACE_ID}-${PARENT_ID}-01`, `00-${TRACE_ID}-${PARENT_ID}-01`]],
      ['an all-zero trace id', `00-${'0'.repeat(32)}-${PARENT_ID}-01`],
      ['version ff', `ff-${TRACE_ID}-${PARENT_ID}-01`],
      ['version 00 with more fields', `00-${TRACE_ID}-${PARENT_ID}-01-extra`],
    ])('starts a new trace for %s', (_why, traceparent) => {
      expect(trace.getSpanContext(extract({ traceparent }))).toBeUndefined();
    });

    it('accepts optional whitespace and a future version', () => {
      for (const traceparent of [
        `\t 00-${TRACE_ID}-${PARENT_ID}-01 \t`,
        `cc-${TRACE_ID}-${PARENT_ID}-01-future`,
      ]) {
        expect(trace.getSpanContext(extract({ traceparent }))?.traceId).toBe(TRACE_ID);
      }
    });
  });

  describe('tracestate', () => {
    const traceparent = `00-${TRACE_ID}-${PARENT_ID}-00`;

    it('passes on a valid one, several fields joined in order', () => {
      expect(forwarded({ traceparent, tracestate: ['foo=1,bar=2', 'rojo=1', 'foo@=3'] })).toEqual(
        expect.objectContaining({ tracestate: 'foo=1,bar=2,rojo=1,foo@=3' }),
      );
    });

    it('drops a whole tracestate that breaks the grammar or the limits', () => {
      const members33 = Array.from({ length: 33 }, (_, i) => `bar${i}=${i}`).join(',');
      for (const tracestate of ['@foo=1,bar=2', 'foo=bar=baz', 'foo=,bar=3', members33]) {
        const sent = forwarded({ traceparent, tracestate });
        expect(sent.traceparent).toContain(TRACE_ID);
        expect(sent).not.toHaveProperty('tracestate');
      }
    });

    it('ignores tracestate without a valid traceparent', () => {
      expect(forwarded({ tracestate: 'foo=1' })).not.toHaveProperty('tracestate');
    });
  });

  describe('random trace id flag', () => {
    const flagsOf = (headers: Record<string, string>) => headers.traceparent.slice(-2);

    it("keeps the caller's random flag, set or unset, beside the sampled flag", () => {
      expect(flagsOf(forwarded({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-02` }))).toBe('02');
      expect(flagsOf(forwarded({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-03` }))).toBe('03');
      expect(flagsOf(forwarded({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` }))).toBe('01');
    });

    it('sends the flags this version defines and no other', () => {
      expect(flagsOf(forwarded({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-ff` }))).toBe('03');
    });

    it('sets it on a trace this process started, whose id the SDK drew at random', () => {
      const sent = forwarded({});
      expect(sent.traceparent.split('-')[1]).not.toBe(TRACE_ID);
      expect(flagsOf(sent)).toBe('03');
    });

    it('sets it only on the trace that came in: a new root beside it gets its own decision', () => {
      const incoming = extract({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-00` });
      const root = tracer.startSpan('new root', { root: true }, incoming);
      expect(flagsOf(sentFrom(trace.setSpan(incoming, root)))).toBe('03');
      expect(flagsOf(sentFrom(incoming))).toBe('00');
    });

    it('does not claim it for a trace another propagator extracted first', () => {
      const fromB3 = trace.setSpanContext(ROOT_CONTEXT, {
        traceId: TRACE_ID,
        spanId: PARENT_ID,
        traceFlags: 1,
        isRemote: true,
      });
      expect(flagsOf(sentFrom(extract({}, fromB3)))).toBe('01');
    });
  });

  it('writes nothing when tracing is suppressed or there is no span', () => {
    const headers: Record<string, string> = {};
    const span = tracer.startSpan('client');
    propagator.inject(
      suppressTracing(trace.setSpan(context.active(), span)),
      headers,
      defaultTextMapSetter,
    );
    propagator.inject(ROOT_CONTEXT, headers, defaultTextMapSetter);
    span.end();
    expect(headers).toEqual({});
    expect(propagator.fields()).toEqual(['traceparent', 'tracestate']);
  });
});
