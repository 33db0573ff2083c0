import { createServer, type Server } from 'node:net';
import { controlPort, startControlServer } from './control-server';
import { StackControlClient } from './control-client';
import { runStackCommand } from './stack-command';
import { StackLauncher } from './stack-launcher';
import type { AppSpec } from './supervised-app';

// A stand-in for a service: answers /health, says when SIGINT made it flush, and exits.
const FAKE_APP = `
const http = require('node:http');
http.createServer((req, res) => { res.writeHead(req.url === '/health' ? 200 : 404); res.end(); })
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGINT', () => { console.log('flushed'); process.exit(0); });`;

async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health`)).ok;
  } catch {
    return false;
  }
}

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe(StackLauncher.name, () => {
  const ports: Record<string, number> = {};
  const lines: string[] = [];
  const notices: string[] = [];
  let launcher: StackLauncher;

  beforeAll(async () => {
    const specs: AppSpec[] = [];
    for (const name of ['first-app', 'second-app', 'third-app']) {
      ports[name] = await freePort();
      specs.push({
        name,
        command: process.execPath,
        args: ['-e', FAKE_APP],
        env: { ...process.env, PORT: String(ports[name]) },
        liveUrl: `http://127.0.0.1:${ports[name]}/health`,
        readyUrl: `http://127.0.0.1:${ports[name]}/health/ready`,
      });
    }
    launcher = new StackLauncher(specs, {
      appLine: (app, line) => lines.push(`${app}: ${line}`),
      notice: (line) => notices.push(line),
    });
    expect(await launcher.startAll(10_000)).toEqual([]);
  });

  afterAll(() => launcher.stopAll());

  it('starts every app in order and waits for readiness (/health where /health/ready is 404)', async () => {
    expect(await launcher.waitForReadiness(5_000)).toEqual([]);
    expect(launcher.status().map(({ name, state }) => [name, state])).toEqual([
      ['first-app', 'running'],
      ['second-app', 'running'],
      ['third-app', 'running'],
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'first-app: listening',
        'second-app: listening',
        'third-app: listening',
      ]),
    );
  });

  it('keeps the others running when one is SIGKILLed, and says which, how and how to start it', async () => {
    const victim = launcher.status().find(({ name }) => name === 'second-app');
    process.kill(victim!.pid!, 'SIGKILL');
    await eventually(() => notices.some((line) => line.startsWith('second-app')));

    expect(notices).toContain(
      'second-app exited unexpectedly (signal SIGKILL); the other services keep running. ' +
        'Start it again with: npm run stack -- start second-app',
    );
    expect(await answers(ports['first-app'])).toBe(true);
    expect(await answers(ports['third-app'])).toBe(true);
    expect(await answers(ports['second-app'])).toBe(false);
    expect(launcher.status()[1]).toMatchObject({ state: 'exited', signal: 'SIGKILL' });
  });

  it('stops and starts one app through `npm run stack` over the control port', async () => {
    const control = await startControlServer(launcher, 0);
    const client = new StackControlClient(`http://127.0.0.1:${controlPort(control)}`);
    try {
      expect(await runStackCommand(['start', 'second-app'], client)).toEqual([
        expect.stringMatching(/^second-app is running \(pid \d+\)\.$/),
      ]);
      expect(await answers(ports['second-app'])).toBe(true);

      expect(await runStackCommand(['stop', 'first-app'], client)).toEqual([
        'first-app stopped. Start it again with: npm run stack -- start first-app',
      ]);
      expect(lines).toContain('first-app: flushed');
      expect(await answers(ports['first-app'])).toBe(false);
      expect(await answers(ports['third-app'])).toBe(true);

      const status = await runStackCommand(['status'], client);
      expect(status[0]).toMatch(/^APP +STATE +PID +LAST EXIT$/);
      expect(status[1]).toMatch(/^first-app +stopped +exit code 0$/);
      expect(status[2]).toMatch(/^second-app +running +\d+$/);

      await expect(runStackCommand(['stop', 'no-such-app'], client)).rejects.toThrow(
        'no app named no-such-app; one of: first-app, second-app, third-app',
      );
      await expect(runStackCommand(['restart', 'first-app'], client)).rejects.toThrow(
        'unknown command restart',
      );
      await runStackCommand(['start', 'first-app'], client);
    } finally {
      await new Promise((resolve) => control.close(resolve));
    }
  });

  it('says so when no launcher answers on the control URL', async () => {
    const client = new StackControlClient(`http://127.0.0.1:${await freePort()}`);
    await expect(runStackCommand(['status'], client)).rejects.toThrow(/No stack launcher answers/);
  });

  it('stops every app with one SIGINT each (they flush) and frees every port', async () => {
    await launcher.stopAll();
    expect(launcher.status().map(({ state }) => state)).toEqual(['stopped', 'stopped', 'stopped']);
    for (const port of Object.values(ports)) expect(await answers(port)).toBe(false);
    expect(lines.filter((line) => line.endsWith('flushed'))).toHaveLength(4);
  });
});
