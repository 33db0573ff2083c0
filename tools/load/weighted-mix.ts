/** Thrown for a `--mix` that names an unknown scenario or a weight that is not a number >= 0. */
export class MixError extends Error {}

/**
 * Picks scenarios in proportion to their weights, spread evenly (smooth weighted round-robin, as
 * nginx balances upstreams): with weights 3:1 every run of 4 picks holds exactly 3 and 1, so a
 * short run gets the mix it asked for, and a run is the same every time.
 */
export class WeightedMix<T> {
  private readonly current: number[];
  private readonly total: number;

  constructor(private readonly entries: readonly { item: T; weight: number }[]) {
    this.total = entries.reduce((sum, { weight }) => sum + weight, 0);
    if (this.total <= 0) throw new MixError('the mix needs at least one weight above 0');
    this.current = entries.map(() => 0);
  }

  next(): T {
    let best = 0;
    this.entries.forEach(({ weight }, index) => {
      this.current[index] += weight;
      if (this.current[index] > this.current[best]) best = index;
    });
    this.current[best] -= this.total;
    return this.entries[best].item;
  }

  /** The share of picks that go to `item` (0-1). */
  share(item: T): number {
    const entry = this.entries.find((candidate) => candidate.item === item);
    return entry ? entry.weight / this.total : 0;
  }
}

/**
 * Reads `key=weight,...`: the scenarios named, in those proportions (a scenario not named is not
 * sent), so `--mix get-user=1,create-order=1` sends users and orders half and half.
 */
export function parseMix(text: string, known: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const pair of text.split(',').filter((part) => part.trim() !== '')) {
    const [key, value, extra] = pair.split('=').map((part) => part.trim());
    if (!known.includes(key)) {
      throw new MixError(`--mix: unknown scenario "${key}"; one of: ${known.join(', ')}`);
    }
    const weight = Number(value);
    const invalid = extra !== undefined || !value || !Number.isFinite(weight) || weight < 0;
    if (invalid) throw new MixError(`--mix: "${pair}" needs a weight >= 0, e.g. ${key}=2`);
    weights.set(key, weight);
  }
  return weights;
}
