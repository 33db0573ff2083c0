import { formatAgo, formatDuration, formatPercent, formatRate } from './format';

describe('format', () => {
  it('picks µs, ms or s for durations', () => {
    expect([0, 850, 1000, 12_345, 150_000, 2_500_000].map(formatDuration)).toEqual([
      '0µs',
      '850µs',
      '1.00ms',
      '12.3ms',
      '150ms',
      '2.50s',
    ]);
  });

  it('formats ratios, rates and ages', () => {
    expect([formatPercent(0), formatPercent(0.0123), formatPercent(0.5)]).toEqual([
      '0%',
      '1.2%',
      '50%',
    ]);
    expect([0, 0.0006, 0.05, 2, 12.34].map(formatRate)).toEqual([
      '0/s',
      '0.036/min',
      '3.0/min',
      '2.00/s',
      '12.3/s',
    ]);
    expect(formatAgo(1_000_000_000, 1_000_000 + 90_000)).toBe('1m ago');
  });
});
