import type { Span } from '../api/api.types';
import { decodeTraceparent, flagsHex, w3cTraceId, wireContextFor } from './traceparent';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

function span(kind: string | undefined, extra: Partial<Span> = {}): Span {
  return {
    traceID: TRACE,
    spanID: '00f067aa0ba902b7',
    operationName: 'op',
    references: [{ refType: 'CHILD_OF', traceID: TRACE, spanID: 'a2fb4a1d1a96d312' }],
    startTime: 0,
    duration: 1,
    tags: kind ? [{ key: 'span.kind', type: 'string', value: kind }] : [],
    logs: [],
    processID: 'p1',
    warnings: null,
    ...extra,
  };
}

describe('traceparent', () => {
  it('rebuilds the header a CLIENT span sent from its own id', () => {
    expect(wireContextFor(span('client'))).toEqual({
      direction: 'sent',
      header: `00-${TRACE}-00f067aa0ba902b7-01`,
      fields: decodeTraceparent(`00-${TRACE}-00f067aa0ba902b7-01`, 'sent'),
      tracestate: undefined,
    });
  });

  it('rebuilds the header a SERVER span received from its parent id, with tracestate', () => {
    const tags = [
      { key: 'span.kind', type: 'string' as const, value: 'server' },
      { key: 'w3c.tracestate', type: 'string' as const, value: 'congo=t61rcWkgMzE' },
    ];
    const wire = wireContextFor(span('server', { tags, flags: 0 }));
    expect([wire?.direction, wire?.header, wire?.tracestate]).toEqual([
      'received',
      `00-${TRACE}-a2fb4a1d1a96d312-00`,
      'congo=t61rcWkgMzE',
    ]);
  });

  it('has no header for INTERNAL spans or a SERVER span that started the trace', () => {
    expect(wireContextFor(span('internal'))).toBeUndefined();
    expect(wireContextFor(span(undefined))).toBeUndefined();
    expect(wireContextFor(span('server', { references: [] }))).toBeUndefined();
  });

  it('decodes each field and explains the sampled bit', () => {
    const fields = decodeTraceparent(`00-${TRACE}-00f067aa0ba902b7-01`, 'sent');
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['version', '00'],
      ['trace-id', TRACE],
      ['parent-id', '00f067aa0ba902b7'],
      ['trace-flags', '01'],
    ]);
    expect(fields[3].meaning).toContain('Bits 00000001: bit 0 "sampled" is set');
    expect(decodeTraceparent(`00-${TRACE}-00f067aa0ba902b7-00`, 'received')[3].meaning).toContain(
      '"sampled" is clear',
    );
  });

  it('pads 64-bit Jaeger trace ids and formats flags as two hex digits', () => {
    expect(w3cTraceId('a3ce929d0e0e4736')).toBe('0000000000000000a3ce929d0e0e4736');
    expect([flagsHex(undefined), flagsHex(1), flagsHex(0), flagsHex(0x103)]).toEqual([
      '01',
      '01',
      '00',
      '03',
    ]);
  });
});
