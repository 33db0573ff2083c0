import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';

/** One change to the stock, as the journal stores it: one JSON object per line. */
export type StockChange =
  | { op: 'open'; at: string }
  | { op: 'restock'; product_id: number; quantity: number }
  | { op: 'reserve'; product_id: number; quantity: number; order_id?: number; at: string }
  | { op: 'release'; order_id: number };

/**
 * Where the stock's changes are written before they are answered, so that a restarted
 * inventory-service (crashed, killed, or stopped by the learner) carries on where it stopped
 * instead of going back to its starting stock. Append-only: one short line per change costs the
 * same on the first order as on the millionth, where rewriting a snapshot would grow with it.
 *
 * Each line goes to the operating system in one write before the change is answered, which is
 * what survives the process being killed; there is no fsync, so a power cut may lose the last
 * lines. A line cut short by a kill mid-write is skipped when the journal is read back.
 */
export class StockJournal {
  private constructor(private readonly fd: number | undefined) {}

  /** A journal kept nowhere: the stock lives and dies with the process. */
  static inMemory(): StockJournal {
    return new StockJournal(undefined);
  }

  /**
   * Opens the journal file at `path` and returns it with the changes it holds. A new journal
   * starts with an `open` line: the stock is known completely from that instant on.
   */
  static open(path: string): { journal: StockJournal; changes: StockChange[] } {
    const changes = existsSync(path) ? parseJournal(readFileSync(path, 'utf8')) : [];
    const journal = new StockJournal(openSync(path, 'a'));
    if (changes.length === 0) {
      const opened: StockChange = { op: 'open', at: new Date().toISOString() };
      journal.append(opened);
      changes.push(opened);
    }
    return { journal, changes };
  }

  /** Writes `change` through to the file (nothing, in memory). */
  append(change: StockChange): void {
    if (this.fd !== undefined) writeSync(this.fd, `${JSON.stringify(change)}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/** The changes in a journal's text, skipping a last line that a kill cut short. */
export function parseJournal(text: string): StockChange[] {
  const changes: StockChange[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      changes.push(JSON.parse(line) as StockChange);
    } catch {
      // Only the last line can be partial: every earlier one was written whole before it.
    }
  }
  return changes;
}
