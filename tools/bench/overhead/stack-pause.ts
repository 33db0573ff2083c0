import { sampleCpu } from './process-cpu';

const total = (cpu: Record<string, number>) => Object.values(cpu).reduce((sum, v) => sum + v, 0);

/**
 * Stops every process of one stack (SIGSTOP) while another stack is measured, and continues them
 * (SIGCONT) for their own slices: a stopped process runs nothing at all, neither its timers
 * (exports, the reconciler's polls) nor the garbage collector, so only the stack under
 * measurement uses the cores. It also counts the CPU the processes used while stopped, which the
 * report prints as proof that the others stood still.
 */
export class StackPause {
  private pausedAt?: { cpuMicros: number; atMs: number };
  /** CPU time the stack's processes used while paused, in µs (0 if the kernel kept them still). */
  cpuWhilePausedMicros = 0;
  pausedMs = 0;

  constructor(private readonly pids: Record<string, number>) {}

  get paused(): boolean {
    return this.pausedAt !== undefined;
  }

  pause(): void {
    if (this.pausedAt) return;
    this.signal('SIGSTOP');
    this.pausedAt = { cpuMicros: total(sampleCpu(this.pids)), atMs: performance.now() };
  }

  resume(): void {
    if (!this.pausedAt) return;
    this.cpuWhilePausedMicros += total(sampleCpu(this.pids)) - this.pausedAt.cpuMicros;
    this.pausedMs += performance.now() - this.pausedAt.atMs;
    this.pausedAt = undefined;
    this.signal('SIGCONT');
  }

  private signal(signal: NodeJS.Signals): void {
    for (const pid of Object.values(this.pids)) {
      try {
        process.kill(pid, signal);
      } catch {
        // Already exited: the stack's stop() reports that, not the pause.
      }
    }
  }
}
