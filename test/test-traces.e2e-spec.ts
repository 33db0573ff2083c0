import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expectedTrees } from '@app/contracts/traces';
import { TEST_STACK_URLS, useTestStack } from './support/test-stack';

const ROOT = join(__dirname, '..');
const SCENARIOS = Object.keys(expectedTrees);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 240_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A port nothing listens on: bound by us, then released. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('test_traces.sh without a stack', () => {
  it('says in one line how to start the stack and exits non-zero', async () => {
    const url = await closedPortUrl();

    const result = await run('./test_traces.sh', [], { GATEWAY_URL: url, JAEGER_QUERY_URL: url });

    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toBe(
      `Cannot reach the API gateway at ${url}: start the stack with \`npm start\` (or \`docker compose up --build\`).\n`,
    );
  });

  it('npm run trace says the same about the query API', async () => {
    const url = await closedPortUrl();

    const result = await run(
      'node_modules/.bin/tsx',
      ['tools/trace/trace.ts', '0af7651916cd43dd8448eb211c80319c', '--expect', 'get-user'],
      { JAEGER_QUERY_URL: url },
    );

    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toBe(
      `Cannot reach the trace query API at ${url}: start the stack with \`npm start\` (or \`docker compose up --build\`).\n`,
    );
  });
});

describe('test_traces.sh against the running stack', () => {
  useTestStack();

  it('passes every scenario of the tutorial', async () => {
    const result = await run('./test_traces.sh', [], TEST_STACK_URLS);

    const passed = SCENARIOS.filter((name) => result.stdout.includes(`\nPASS ${name}\n`));
    expect({ passed, stderr: result.stderr }).toEqual({ passed: SCENARIOS, stderr: '' });
    expect(result.stdout).toContain(`\n${SCENARIOS.length} passed, 0 failed\n`);
    expect(result.code).toBe(0);
  }, 240_000);

  it('explains the traceparent it sends and shows HTTP spans with --transport', async () => {
    const result = await run(
      './test_traces.sh',
      ['--only', 'get-user', '--transport'],
      TEST_STACK_URLS,
    );

    expect(result.stdout).toMatch(/^ {2}trace-id {4}[0-9a-f]{32} {2}16 random bytes/m);
    expect(result.stdout).toMatch(/^HTTP 200$/m);
    expect(result.stdout).toMatch(/\[server, user-service\]/);
    expect(result.stdout).toMatch(/\[client, api-gateway\]/);
    expect(result.stdout).toContain('\nPASS get-user\n');
    expect(result.stdout).toContain('\n1 passed, 0 failed\n');
    expect(result.code).toBe(0);
  }, 60_000);

  it('stops with one line when only the query API is down', async () => {
    const url = await closedPortUrl();

    const result = await run('./test_traces.sh', [], { ...TEST_STACK_URLS, JAEGER_QUERY_URL: url });

    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toBe(
      `Cannot reach the trace query API at ${url}: start the stack with \`npm start\` (or \`docker compose up --build\`).\n`,
    );
  });
});
