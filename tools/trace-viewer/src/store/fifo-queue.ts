// Below this many taken items the array is never compacted: copying would cost more than it frees.
const MIN_COMPACT = 1024;

/**
 * A first-in first-out queue with O(1) amortized take from the front. Array.prototype.shift()
 * moves every remaining element, which on a store-sized queue makes eviction quadratic.
 */
export class FifoQueue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The oldest item, left in place; undefined when empty. */
  peek(): T | undefined {
    return this.items[this.head];
  }

  /** Takes the oldest item; undefined when empty. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    // Cleared so the queue does not keep a taken item alive until the next compaction.
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= MIN_COMPACT && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** The items, oldest first, as a new array. */
  toArray(): T[] {
    return this.items.slice(this.head) as T[];
  }
}
