import { BenchUsageError } from '../cli/bench-usage.error';
import { MAX_RATE_FRACTION, parseBenchOptions } from './bench-options';
import { modesForRound } from './modes';

describe(parseBenchOptions.name, () => {
  it('measures every mode and the two scenarios of issue 18 by default', () => {
    const options = parseBenchOptions([]);

    expect(options.modes.map(({ id }) => id)).toEqual([
      'floor',
      'disabled',
      'quiet',
      'unmetered',
      'recording',
      'exported',
      'full',
    ]);
    expect(options.scenarios.map(({ id }) => id)).toEqual(['GET /users/123', 'POST /orders']);
    expect(options.rateFraction).toBe(MAX_RATE_FRACTION);
  });

  it('always measures both baselines, in the modes’ own order', () => {
    const options = parseBenchOptions(['--modes', 'full,quiet']);

    expect(options.modes.map(({ id }) => id)).toEqual(['floor', 'disabled', 'quiet', 'full']);
  });

  it('reads durations in seconds', () => {
    const options = parseBenchOptions(['--saturation', '2.5', '--latency=1', '--warmup', '3']);

    expect(options).toMatchObject({ saturationMs: 2_500, latencyMs: 1_000, warmupMs: 3_000 });
  });

  it.each([
    [['--rate-fraction', '0.5'], /--rate-fraction must be at most 0.25/],
    [['--rounds', '1.5'], /--rounds needs a positive integer, got "1.5"/],
    [['--latency', '0'], /--latency needs a positive number, got "0"/],
    [['--modes', 'full,fast'], /--modes: unknown "fast"/],
    [['--scenarios', 'get-users'], /--scenarios: unknown "get-users"/],
    [['--round', '2'], /Unknown option '--round'/],
    [['rounds'], /Unexpected argument 'rounds'/],
  ])('names what is wrong with %j', (argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(argv)).toThrow(message);
  });
});

describe(modesForRound.name, () => {
  it('rotates the order by one each round, so every mode goes first once', () => {
    const modes = ['floor', 'disabled', 'full'];

    expect([0, 1, 2, 3].map((round) => modesForRound(modes, round).join(','))).toEqual([
      'floor,disabled,full',
      'disabled,full,floor',
      'full,floor,disabled',
      'floor,disabled,full',
    ]);
  });
});
