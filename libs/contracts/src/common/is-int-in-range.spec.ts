import { validateSync } from 'class-validator';
import { IsIntInRange } from './is-int-in-range';

class Probe {
  @IsIntInRange(1, 10)
  n!: unknown;
}

function messagesFor(n: unknown, stopAtFirstError: boolean): string[] {
  const probe = Object.assign(new Probe(), { n });
  return validateSync(probe, { stopAtFirstError }).flatMap(({ constraints }) =>
    Object.values(constraints ?? {}),
  );
}

describe(IsIntInRange.name, () => {
  it.each([
    [1, []],
    [10, []],
    [0, ['n must not be less than 1']],
    [11, ['n must not be greater than 10']],
    [2.5, ['n must be an integer number']],
  ])('checks %p against the range', (n, messages) => {
    expect(messagesFor(n, false)).toEqual(messages);
  });

  it('tells a non-number only that it is not an integer, the first check, under stopAtFirstError', () => {
    expect(messagesFor('two', true)).toEqual(['n must be an integer number']);
  });
});
