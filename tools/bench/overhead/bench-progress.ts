/** Progress lines of a long benchmark run, each stamped with the time since it started. */
export class BenchProgress {
  private readonly started = performance.now();

  constructor(private readonly write: (line: string) => void = (line) => console.log(line)) {}

  /** Writes `line` after `[m:ss]`, the time elapsed. */
  log(line: string): void {
    const seconds = Math.floor((performance.now() - this.started) / 1000);
    const stamp = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    this.write(`[${stamp}] ${line}`);
  }

  /** Minutes since the start, one decimal. */
  minutes(): string {
    return ((performance.now() - this.started) / 60_000).toFixed(1);
  }
}
