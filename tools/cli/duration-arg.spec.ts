import { durationArg } from './duration-arg';
import { UsageError } from './usage.error';

describe(durationArg.name, () => {
  it.each([
    ['300ms', 300],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['1m30s', 90_000],
    ['0s', 0],
  ])('reads %j as %d ms', (text, ms) => {
    expect(durationArg(text, '--wait')).toBe(ms);
  });

  it.each([
    ['300', '--wait must be a duration such as 300ms or 1.5s, not "300": a number needs its unit'],
    ['soon', '--wait must be a duration such as 300ms or 1.5s, not "soon"'],
    ['3s later', '--wait must be a duration such as 300ms or 1.5s, not "3s later"'],
    ['5x', '--wait must be a duration such as 300ms or 1.5s, not "5x"'],
    ['-1s', '--wait must be a duration such as 300ms or 1.5s, not "-1s"'],
    ['', '--wait must be a duration such as 300ms or 1.5s, not ""'],
  ])('refuses %j', (text, message) => {
    expect(() => durationArg(text, '--wait')).toThrow(new UsageError(message));
  });

  it('names the examples and the least value the argument takes', () => {
    expect(() => durationArg('0s', '--duration', { examples: '30s or 2m', min: 1 })).toThrow(
      '--duration must be at least 1 ms, not "0s"',
    );
    expect(() => durationArg('60', '--duration', { examples: '30s or 2m' })).toThrow(
      '--duration must be a duration such as 30s or 2m, not "60": a number needs its unit',
    );
  });
});
