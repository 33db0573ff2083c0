import { MixError, parseMix, WeightedMix } from './weighted-mix';

describe(WeightedMix.name, () => {
  it('spreads picks evenly in exact proportion to the weights', () => {
    const mix = new WeightedMix([
      { item: 'a', weight: 3 },
      { item: 'b', weight: 1 },
      { item: 'c', weight: 0 },
    ]);
    const picks = Array.from({ length: 8 }, () => mix.next());
    expect(picks).toEqual(['a', 'a', 'b', 'a', 'a', 'a', 'b', 'a']);
    expect(mix.share('a')).toBe(0.75);
    expect(mix.share('c')).toBe(0);
  });

  it('refuses a mix whose weights are all 0', () => {
    expect(() => new WeightedMix([{ item: 'a', weight: 0 }])).toThrow(MixError);
  });
});

describe(parseMix.name, () => {
  const known = ['get-user', 'create-order'];

  it('reads the scenarios named with their weights', () => {
    expect(parseMix('get-user=3, create-order=0.5', known)).toEqual(
      new Map([
        ['get-user', 3],
        ['create-order', 0.5],
      ]),
    );
  });

  it.each([
    ['get-usr=1', '--mix: unknown scenario "get-usr"; one of: get-user, create-order'],
    ['get-user', '--mix: "get-user" needs a weight >= 0, e.g. get-user=2'],
    ['get-user=-1', '--mix: "get-user=-1" needs a weight >= 0, e.g. get-user=2'],
    ['get-user=x', '--mix: "get-user=x" needs a weight >= 0, e.g. get-user=2'],
    ['get-user=1=2', '--mix: "get-user=1=2" needs a weight >= 0, e.g. get-user=2'],
  ])('rejects %s', (text, message) => {
    expect(() => parseMix(text, known)).toThrow(new MixError(message));
  });
});
