import { parseGoDurationMicros } from './go-duration';

describe(parseGoDurationMicros.name, () => {
  it.each([
    ['1h', 3_600_000_000],
    ['1h30m', 5_400_000_000],
    ['1.5s', 1_500_000],
    ['300ms', 300_000],
    ['250us', 250],
    ['250µs', 250],
    ['250μs', 250],
    ['1500ns', 1],
    ['0', 0],
    ['-2ms', -2000],
  ])('parses %s', (text, micros) => {
    expect(parseGoDurationMicros(text)).toBe(micros);
  });

  it.each(['', '10', 'abc', '1x', '1h foo', 'ms', '1 h', '2d'])('rejects %p', (text) => {
    expect(parseGoDurationMicros(text)).toBeNull();
  });
});
