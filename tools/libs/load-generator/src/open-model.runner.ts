import { LatencyHistogram } from './latency-histogram';

/** What `runOpenModel` sends, and how fast. */
export interface OpenModelOptions<T> {
  /** Requests started per second, on a fixed schedule, whatever the responses do. */
  ratePerSecond: number;
  durationMs: number;
  /** Starts request number `index` and resolves when its response has ended; rejects on failure. */
  send: (index: number) => Promise<T>;
  /** Called as each request settles: status counts, a progress line, the slowest trace ids. */
  onSettled?: (outcome: RequestOutcome<T>) => void;
  /** How long to wait, after the last send, for requests still in flight (default 10 s). */
  drainTimeoutMs?: number;
  /** Stops scheduling new requests (Ctrl-C); those in flight are still awaited. */
  signal?: AbortSignal;
}

/** One settled request; `latencyMicros` counts from its intended send time. */
export type RequestOutcome<T> = { index: number; latencyMicros: number } & (
  { ok: true; value: T } | { ok: false; error: unknown }
);

/** The counts and histograms of one open-model run. */
export interface OpenModelResult {
  /** Requests sent: the schedule's, or fewer when stopped early. */
  sent: number;
  /** Requests whose `send` resolved: their latencies are in `latency`. */
  completed: number;
  /** Requests whose `send` rejected. */
  failed: number;
  /** Requests still in flight when the drain timeout ran out. */
  unfinished: number;
  /** From each request's intended send time to the end of its response. */
  latency: LatencyHistogram;
  /** How late each request left against its intended time: the sender's own lag. */
  sendLag: LatencyHistogram;
  /** From the first intended send to the last one. */
  elapsedMs: number;
  /** Requests sent per second over `elapsedMs`. */
  achievedRate: number;
}

const now = () => process.hrtime.bigint();

/**
 * Sends requests at a fixed arrival rate (an open model): request `i` is due at start + i/rate,
 * whether or not earlier ones have answered, and its latency counts from that due time. A slow
 * server therefore shows up as latency instead of quietly lowering the rate, which is the
 * coordinated omission a closed loop of connections suffers from.
 */
export function runOpenModel<T>(options: OpenModelOptions<T>): Promise<OpenModelResult> {
  const intervalNs = 1e9 / options.ratePerSecond;
  const scheduled = Math.max(1, Math.floor((options.durationMs / 1000) * options.ratePerSecond));
  const latency = new LatencyHistogram();
  const sendLag = new LatencyHistogram();
  const start = now();
  const dueAt = (index: number) => start + BigInt(Math.round(index * intervalNs));
  let sent = 0;
  let completed = 0;
  let failed = 0;
  let lastDue = start;
  const inFlight = new Set<Promise<void>>();

  const fire = (index: number) => {
    const due = dueAt(index);
    lastDue = due;
    sendLag.recordNanos(now() - due);
    const settle = (outcome: RequestOutcome<T>) => options.onSettled?.(outcome);
    const request: Promise<void> = options.send(index).then(
      (value) => {
        const latencyMicros = Number(now() - due) / 1000;
        latency.recordMicros(latencyMicros);
        completed++;
        settle({ index, latencyMicros, ok: true, value });
      },
      (error: unknown) => {
        failed++;
        settle({ index, latencyMicros: Number(now() - due) / 1000, ok: false, error });
      },
    );
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  };

  return new Promise((resolve) => {
    const finish = async () => {
      const elapsedMs = Number(lastDue - start) / 1e6;
      const drained = Promise.all(inFlight).then(() => true);
      const timedOut = new Promise<boolean>((done) =>
        setTimeout(() => done(false), options.drainTimeoutMs ?? 10_000).unref(),
      );
      await Promise.race([drained, timedOut]);
      resolve({
        sent,
        completed,
        failed,
        unfinished: inFlight.size,
        latency,
        sendLag,
        elapsedMs,
        achievedRate: elapsedMs > 0 ? ((sent - 1) * 1000) / elapsedMs : 0,
      });
    };
    const tick = () => {
      const current = now();
      // Everything due by now goes out in this tick: a late timer never drops a request.
      while (sent < scheduled && dueAt(sent) <= current && !options.signal?.aborted) fire(sent++);
      if (sent >= scheduled || options.signal?.aborted) {
        void finish();
        return;
      }
      setTimeout(tick, Number(dueAt(sent) - current) / 1e6);
    };
    tick();
  });
}
