import { eventually, pollFor } from './poll';

describe(pollFor.name, () => {
  it('asks until the probe gives a value, counting a throw as "not yet"', async () => {
    let tries = 0;
    const probe = () => {
      tries++;
      if (tries === 1) throw new Error('still down');
      return tries === 3 ? 'up' : undefined;
    };
    await expect(pollFor(probe, { timeoutMs: 5_000, intervalMs: 1 })).resolves.toBe('up');
    expect(tries).toBe(3);
  });

  it('gives up with undefined once the time is up, having asked at least once', async () => {
    let tries = 0;
    const started = Date.now();
    const result = await pollFor(() => void tries++, { timeoutMs: 50, intervalMs: 10 });
    expect(result).toBeUndefined();
    expect(tries).toBeGreaterThan(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('gives up as soon as `while` says false', async () => {
    let tries = 0;
    const result = await pollFor(() => void tries++, {
      timeoutMs: 60_000,
      intervalMs: 1,
      while: () => tries < 3,
    });
    expect(result).toBeUndefined();
    expect(tries).toBe(3);
  });

  it('waits the pause a backoff gives for each try', async () => {
    const pauses: number[] = [];
    let tries = 0;
    await pollFor(() => (++tries === 4 ? true : undefined), {
      timeoutMs: 5_000,
      intervalMs: (n) => {
        pauses.push(n);
        return n;
      },
    });
    expect(pauses).toEqual([1, 2, 3]);
  });
});

describe(eventually.name, () => {
  it('resolves with what the probe gave', async () => {
    await expect(eventually('a number', () => 7, 30, 5)).resolves.toBe(7);
  });

  it('throws naming what never happened, and the last error the probe threw', async () => {
    await expect(eventually('the viewer answers', () => undefined, 30, 5)).rejects.toThrow(
      /^the viewer answers: not within 30 ms$/,
    );
    const refused = () => {
      throw new Error('ECONNREFUSED');
    };
    await expect(eventually('the viewer answers', refused, 30, 5)).rejects.toThrow(
      'the viewer answers: not within 30 ms (last: ECONNREFUSED)',
    );
  });
});
