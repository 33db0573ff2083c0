import { explainTraceparent, newTraceparent, parseTraceparent } from './traceparent';

describe('traceparent', () => {
  it('makes distinct sampled version-00 headers that parse back', () => {
    const headers = Array.from({ length: 50 }, newTraceparent);

    expect(new Set(headers).size).toBe(50);
    for (const header of headers) {
      expect(header).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(parseTraceparent(header)).toEqual({
        version: '00',
        traceId: header.slice(3, 35),
        parentId: header.slice(36, 52),
        flags: '01',
      });
    }
  });

  it.each([
    '00-abc-def-01',
    `00-${'0'.repeat(32)}-${'1'.repeat(16)}-01`,
    `00-${'1'.repeat(32)}-${'0'.repeat(16)}-01`,
    `ff-${'1'.repeat(32)}-${'1'.repeat(16)}-01`,
    `00-${'A'.repeat(32)}-${'1'.repeat(16)}-01`,
  ])('rejects %p, saying what a valid one looks like', (header) => {
    expect(parseTraceparent(header)).toEqual({
      error:
        'expected <2 hex version, not ff>-<32 hex trace-id>-<16 hex parent-id>-<2 hex flags>, ' +
        'lowercase, ids not all zeros',
    });
  });

  it('explains the four fields', () => {
    const tp = parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00');
    if ('error' in tp) throw new Error(tp.error);

    expect(explainTraceparent(tp).split('\n')).toEqual([
      'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00',
      '  version     00                                format version (00 is the only one defined)',
      '  trace-id    4bf92f3577b34da6a3ce929d0e0e4736  16 random bytes shared by every span of this request',
      "  parent-id   00f067aa0ba902b7                  8 bytes: the caller's span; the first service's span names it as parent",
      '  trace-flags 00                                not sampled (bit 0 clear): services may drop it',
    ]);
  });
});
