import { ConflictException, NotFoundException } from '@nestjs/common';
import { FloorStock } from './floor-stock';

describe(FloorStock.name, () => {
  const stock = () => new FloorStock(new Map([[1, 5]]));

  it('takes the units and answers what is left', () => {
    const floor = stock();

    expect(floor.reserve(1, 2, 1000)).toBe(3);
    expect(floor.available(1)).toBe(3);
  });

  it('takes nothing more when the same order reserves again', () => {
    const floor = stock();
    floor.reserve(1, 2, 1000);

    expect(floor.reserve(1, 2, 1000)).toBe(3);
    expect(floor.available(1)).toBe(3);
  });

  it('refuses more units than it has with 409, taking none', () => {
    const floor = stock();

    expect(() => floor.reserve(1, 6, 1000)).toThrow(ConflictException);
    expect(floor.available(1)).toBe(5);
  });

  it('answers 404 for an unknown product', () => {
    expect(() => stock().available(2)).toThrow(NotFoundException);
  });
});
