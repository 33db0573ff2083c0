import { logLevelOf } from './log-level';

describe(logLevelOf.name, () => {
  it.each([
    [1, 'trace'],
    [5, 'debug'],
    [9, 'info'],
    [12, 'info'],
    [13, 'warn'],
    [17, 'error'],
    [20, 'error'],
    [21, 'fatal'],
    [24, 'fatal'],
  ])('reads severity number %p as %p', (severityNumber, level) => {
    expect(logLevelOf({ severityNumber, severityText: '' })).toBe(level);
  });

  it('falls back on the severity text, then on info', () => {
    expect(logLevelOf({ severityNumber: 0, severityText: 'WARNING' })).toBe('warn');
    expect(logLevelOf({ severityNumber: 0, severityText: 'error' })).toBe('error');
    expect(logLevelOf({ severityNumber: 0, severityText: 'notice' })).toBe('info');
  });
});
