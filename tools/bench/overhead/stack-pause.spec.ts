import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processCpuMicros } from './process-cpu';
import { StackPause } from './stack-pause';

/** The process state letter of /proc/<pid>/stat: R running, S sleeping, T stopped. */
const stateOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
};

/** Polls until `pid` is in `state` or the deadline passes; returns the last state seen. */
async function stateWithin(pid: number, state: string, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  let seen = stateOf(pid);
  while (seen !== state && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    seen = stateOf(pid);
  }
  return seen;
}

describe(StackPause.name, () => {
  let busy: ChildProcess;

  beforeEach(() => {
    // A process that would use a whole core if it could.
    busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  });

  afterEach(() => {
    busy.kill('SIGKILL');
  });

  it('stops every process of the stack, which then uses no CPU, and continues them', async () => {
    const pid = busy.pid!;
    const pause = new StackPause({ busy: pid });
    await new Promise((resolve) => setTimeout(resolve, 200));

    pause.pause();
    expect(await stateWithin(pid, 'T', 2_000)).toBe('T');
    const stoppedAt = processCpuMicros(pid);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processCpuMicros(pid)).toBe(stoppedAt);

    pause.resume();
    expect(await stateWithin(pid, 'R', 2_000)).toBe('R');
    expect(pause.cpuWhilePausedMicros).toBeLessThanOrEqual(10_000);
    expect(pause.pausedMs).toBeGreaterThanOrEqual(300);
  });
});
