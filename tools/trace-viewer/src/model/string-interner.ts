/**
 * Returns one shared instance per distinct string, so repeated names cost one pointer each.
 * With a capacity the table is dropped when full: memory stays flat under high-cardinality values
 * while the common ones are re-learnt at once.
 */
export class StringInterner {
  private table = new Map<string, string>();

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  intern(value: string): string {
    const known = this.table.get(value);
    if (known !== undefined) return known;
    if (this.table.size >= this.capacity) this.table = new Map();
    this.table.set(value, value);
    return value;
  }

  get size(): number {
    return this.table.size;
  }
}
