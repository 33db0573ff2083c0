import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { courseFiles } from './support/readme/course-files';
import { IdBindings } from './support/readme/id-bindings';
import { matchOutput, normaliseOutput } from './support/readme/output-pattern';
import {
  expectedExit,
  readmeBlocks,
  type ReadmeBlock,
  type ReadmeCommand,
  type TranscriptStep,
} from './support/readme/readme-blocks';
import { BackgroundShell, runShell } from './support/readme/shell';
import { type RunningStack } from '../tools/stack/launch-stack';
import { STACK_APPS } from '../tools/stack/stack-apps';
import { createRunState } from '../tools/stack/run-state';
import { TEST_PORTS } from './support/e2e-services';
import { startTestStack, TEST_STACK_PORTS } from './support/test-stack';
import { pollFor } from '@tools/polling';

// Keeps the course honest: every command of the README and of each chapter under docs/course/
// runs, in the order a learner reads them (README, then 01-…, 02-…), against one fresh stack, and
// its output must have the shape the page shows. Ids carry over from file to file, as they do for
// a learner: chapter 2 reads the trace of the order the README placed. The parts that cannot run
// here are listed below, each with the reason.
//
// - ```bash blocks are commands whose output the README does not show: each must exit 0 (or as
//   its `# exits N` comment says), and a
//   curl must answer JSON, with the status its `# 404` comment names or no error status at all.
// - ```text blocks that start with `$ ` are transcripts: each command's output must match the
//   lines under it, ids and timings aside (test/support/readme/output-pattern.ts says exactly
//   what may differ; `...` stands for what the README cut). An id the README shows stands for
//   the same real id everywhere after, so `npm run trace -- <id>` reads the trace just made.
//   Figures that differ from run to run beyond those (a load's counts under a random fault) are
//   named in an HTML comment above the block, `<!-- varies: 105 45 -->`, which the page does not
//   show; every other figure must hold. A pid that `npm run stack -- status` shows stands for the
//   same app's real pid in a later `kill`.
// - A command whose `# exits N …` comment promises an exit status must end with it (a check that
//   fails until the exercise is solved, a wrong answer); a bash block's other commands exit 0.
// - A ```text block of what npm start's launcher says (`[stack            ] …`) must appear in the
//   test stack's launcher output.
// - A transcript command that starts a service (`npx node dist/apps/...`) keeps running in the
//   background, like the README's first terminal; a ```text block with no `$ ` later in the same
//   section shows what it printed meanwhile. It is stopped with SIGINT at the section's end.
// - Other blocks show no command (a diagram, a table read off the query API) and are not run.
//
// Commands run in bash from the project root, as a reader types them, with the stack's default
// ports swapped for the test stack's (localhost:8000 → localhost:18000, :16686 → :26686, …) in
// the command and back in its output, and the *_URL variables set for the tools that read them.
// npm's banner before a script's output (`> name@version script`) is left out, as the README does.

const ROOT = join(__dirname, '..');

/** Commands this test does not run, and why. */
const NOT_RUN: ReadonlyMap<string, string> = new Map([
  ['npm ci && npm start', 'this test starts the same stack itself, on the test ports'],
  ['npm test', 'this test is part of it'],
  ['./test_traces.sh', 'test/test-traces.e2e-spec.ts runs it, and checks each PASS line'],
]);

/**
 * Sections of the course (`file › section`, a section being a `##` heading or a chapter's `#`
 * title for its opening) whose commands this test does not run, and why.
 */
const SECTIONS_NOT_RUN: ReadonlyMap<string, string> = new Map([
  [
    'docs/course/04-w3c-trace-context-suite.md › Run it',
    'needs Python 3 with aiohttp and a clone of github.com/w3c/trace-context, which a learner ' +
      'with only Node (and CI) does not have; test/trace-context-conformance.e2e-spec.ts drives ' +
      'the endpoint',
  ],
  [
    'docs/course/07-take-a-service-down.md › An order cut short',
    'its trace is of an order a kill cut short during a load run: which order is in flight when ' +
      'the process dies is chance; test/faults.e2e-spec.ts checks the compensation, ' +
      'test/reconciliation.e2e-spec.ts the repair',
  ],
  [
    'docs/course/11-scaling-out.md › 11. Scaling out: Collector, Jaeger on OpenSearch, Prometheus',
    'needs Docker; test/scale-*.spec.ts check that its files fit together',
  ],
  ["docs/course/11-scaling-out.md › Find a customer's traces in OpenSearch", 'needs Docker'],
  ['docs/course/11-scaling-out.md › p99 latency per operation in Prometheus', 'needs Docker'],
]);

// `npm run stack -- status` lists each app's pid; a later `kill <pid>` means the same app's.
const STACK_STATUS = /npm run stack -- status$/;
const STATUS_ROW = /^(\S+)\s+\S+\s+(\d+)\b/;
const KILL = /^kill\b/;
function pidsByApp(lines: readonly string[]): Map<string, string> {
  const pids = new Map<string, string>();
  for (const line of lines) {
    const row = STATUS_ROW.exec(line);
    if (row) pids.set(row[1], row[2]);
  }
  return pids;
}
// What `npm start`'s launcher says in its own name, as its terminal shows it.
const LAUNCHER_PREFIX = `[${'stack'.padEnd(Math.max(...STACK_APPS.map(({ name }) => name.length)))}] `;

const sectionKey = (file: string, section: string) => `${file} › ${section.split(' › ')[0]}`;

const SERVICE_COMMAND = /^(\w+=\S*\s+)*(npx )?node dist\/apps\//;
const TRACE_READ = /(?:npm run trace -- |\/api\/traces\/)([0-9a-f]{32})\b/;

// A reader's stack answers on localhost and 127.0.0.1 alike; its error messages name the latter.
const ADDRESS_AND_PORT = /(localhost|127\.0\.0\.1):(\d+)/g;
const toTestPorts = (text: string) =>
  text.replace(ADDRESS_AND_PORT, (all, host: string, port: string) => {
    const test = TEST_STACK_PORTS.get(Number(port));
    return test === undefined ? all : `${host}:${test}`;
  });
const testPortToDefault = new Map([...TEST_STACK_PORTS].map(([port, test]) => [test, port]));
const fromTestPorts = (text: string) =>
  text.replace(ADDRESS_AND_PORT, (all, host: string, port: string) => {
    const original = testPortToDefault.get(Number(port));
    return original === undefined ? all : `${host}:${original}`;
  });
const withoutNpmBanner = (text: string) => text.replace(/^\s*> [^\n]*\n> [^\n]*\n\n/, '');

const QUERY_URL = `http://localhost:${TEST_STACK_PORTS.get(16686)}`;

function readerEnvironment(curlHome: string): NodeJS.ProcessEnv {
  const url = (port: number) => `http://localhost:${TEST_STACK_PORTS.get(port)}`;
  // Jest's own settings are not the reader's.
  const jestOnly = new Set(['NODE_OPTIONS', 'NODE_ENV', 'JEST_WORKER_ID']);
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !jestOnly.has(name))),
    GATEWAY_URL: url(8000),
    USER_SERVICE_URL: url(8001),
    ORDER_SERVICE_URL: url(8002),
    DATABASE_SERVICE_URL: url(8003),
    INVENTORY_SERVICE_URL: url(8004),
    JAEGER_QUERY_URL: QUERY_URL,
    // npm run fault and npm run hunt reach the test stack's admin listeners (its ports + 1000).
    ADMIN_BASE_PORT: String((TEST_STACK_PORTS.get(8000) ?? 8000) + 1000),
    // npm run stack reaches the test stack's launcher.
    STACK_CONTROL_URL: `http://127.0.0.1:${TEST_PORTS.controlPort}`,
    // curl shows no progress meter on a terminal; through a pipe it would.
    CURL_HOME: curlHome,
  };
}

function pollUntil<T>(
  deadlineMs: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T | undefined> {
  return pollFor(probe, { timeoutMs: deadlineMs });
}

/**
 * Waits until the trace's span count has held still for a second (or it stayed absent that long):
 * spans leave each service in its own batch, and a reader types the next command a few seconds
 * after the request.
 */
async function settleTrace(traceId: string): Promise<void> {
  let last = -1;
  let since = Date.now();
  await pollUntil(20_000, async () => {
    const response = await fetch(`${QUERY_URL}/api/traces/${traceId}`);
    const body = (await response.json()) as { data?: { spans: unknown[] }[] | null };
    const count = body.data?.[0]?.spans.length ?? 0;
    if (count !== last) [last, since] = [count, Date.now()];
    return Date.now() - since >= 1_000 ? true : undefined;
  });
}

function describeFailure(
  file: string,
  command: ReadmeCommand,
  ran: string,
  why: string,
  output: string,
) {
  return [
    `${file}:${command.line}: $ ${command.text}`,
    `(ran: ${ran})`,
    why,
    'output:',
    ...normaliseOutput(output).map((line) => `  | ${line}`),
  ].join('\n');
}

describe('The course (README and docs/course/)', () => {
  const files = courseFiles(ROOT);
  const runs = (block: ReadmeBlock) =>
    block.kind === 'transcript' ||
    (block.kind === 'commands' && block.commands.some(({ text }) => !NOT_RUN.has(text)));
  const everyBlock = files.flatMap((file) =>
    readmeBlocks(readFileSync(join(ROOT, file), 'utf8'), () => true).map((block) => ({
      file,
      block,
    })),
  );
  const blocks = everyBlock.filter(
    ({ file, block }) => !SECTIONS_NOT_RUN.has(sectionKey(file, block.section)),
  );
  // The sections with something to run; the others show only output or commands not run here.
  const sections = [
    ...new Map(
      blocks
        .filter(({ block }) => runs(block))
        .map(({ file, block }) => [`${file} › ${block.section}`, { file, section: block.section }]),
    ).values(),
  ];
  const curlHome = mkdtempSync(join(tmpdir(), 'readme-curl-'));
  writeFileSync(join(curlHome, '.curlrc'), 'no-progress-meter\n');
  const env = readerEnvironment(curlHome);
  let bindings = new IdBindings();
  /** The page's pid for an app, and the real one, from the last `npm run stack -- status`. */
  let realPid = new Map<string, string>();
  const withRealPids = (command: string) =>
    KILL.test(command) ? command.replace(/\b\d+\b/g, (pid) => realPid.get(pid) ?? pid) : command;
  let stack: RunningStack | undefined;
  // Chapter 7 kills a service and starts it again: as under npm start, its store outlives that.
  const runState = createRunState({});
  let service: BackgroundShell | undefined;
  let serviceSection = '';

  beforeAll(async () => {
    // The gateway's conformance endpoint is on, as chapter 4 starts it: it adds one route and
    // changes nothing else the course shows. The launcher listens for npm run stack (chapter 7).
    stack = await startTestStack({
      serviceEnv: { 'api-gateway': { TRACE_CONTEXT_CONFORMANCE: 'on' } },
      control: true,
      env: runState.env,
    });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await stack?.stop();
    runState.remove();
    rmSync(curlHome, { recursive: true, force: true });
  }, 60_000);

  it('skips only sections that exist and have something to run', () => {
    const runnable = new Set(
      everyBlock.filter(({ block }) => runs(block)).map((b) => sectionKey(b.file, b.block.section)),
    );
    expect([...SECTIONS_NOT_RUN.keys()].filter((key) => !runnable.has(key))).toEqual([]);
  });

  it('runs commands of the README and of every chapter that has commands a reader can run here', () => {
    const ran = new Set(sections.map(({ file }) => file));
    expect(ran).toEqual(
      new Set([
        'README.md',
        'docs/course/01-your-first-trace.md',
        'docs/course/02-concepts.md',
        'docs/course/03-propagation.md',
        'docs/course/04-w3c-trace-context-suite.md',
        'docs/course/05-three-signals.md',
        'docs/course/06-load-it.md',
        'docs/course/07-take-a-service-down.md',
        'docs/course/08-break-it.md',
        'docs/course/09-find-the-slow-hop.md',
      ]),
    );
  });

  async function runCommands(
    file: string,
    block: Extract<ReadmeBlock, { kind: 'commands' }>,
  ): Promise<void> {
    for (const command of block.commands) {
      if (NOT_RUN.has(command.text)) continue;
      const ran = withRealPids(toTestPorts(bindings.substitute(command.text)));
      const { code, output } = await runShell(ran, ROOT, env);
      const fail = (why: string) => {
        throw new Error(describeFailure(file, command, ran, why, output));
      };
      const exit = expectedExit(command) ?? 0;
      if (code !== exit) fail(`exit status ${code}, the page says ${exit}`);
      if (!command.text.startsWith('curl ')) continue;
      let body: { statusCode?: number };
      try {
        body = JSON.parse(output) as { statusCode?: number };
      } catch {
        return fail('the answer is not JSON');
      }
      const expected = /^(\d{3})\b/.exec(command.comment ?? '')?.[1];
      if (String(body.statusCode) !== String(expected)) {
        fail(`status ${body.statusCode ?? '2xx'}, the page says ${expected ?? '2xx'}`);
      }
    }
  }

  async function runStep(
    file: string,
    step: TranscriptStep,
    section: string,
    varying: readonly string[],
  ): Promise<void> {
    const { command } = step;
    const ran = withRealPids(toTestPorts(bindings.substitute(command.text)));
    if (SERVICE_COMMAND.test(command.text)) {
      await service?.stop();
      service = new BackgroundShell(ran, ROOT, env);
      serviceSection = section;
      const running = service;
      const matched = await pollUntil(60_000, () => {
        const result = matchOutput(
          step.output,
          normaliseOutput(running.output),
          bindings,
          false,
          varying,
        );
        return result.ok || !running.running ? result : undefined;
      });
      if (!matched?.ok) {
        const why = matched?.reason ?? 'it printed something else within 60 s';
        throw new Error(describeFailure(file, command, ran, why, running.output));
      }
      bindings = matched.bindings;
      return;
    }
    const traceId = TRACE_READ.exec(ran)?.[1];
    if (traceId) await settleTrace(traceId);
    const { code, output } = await runShell(ran, ROOT, env, 240_000);
    const shown = normaliseOutput(fromTestPorts(withoutNpmBanner(output)));
    const result = matchOutput(step.output, shown, bindings, false, varying);
    if (!result.ok) throw new Error(describeFailure(file, command, ran, result.reason, output));
    const exit = expectedExit(command);
    if (exit !== undefined && code !== exit) {
      throw new Error(
        describeFailure(file, command, ran, `exit status ${code}, the page says ${exit}`, output),
      );
    }
    bindings = result.bindings;
    if (STACK_STATUS.test(command.text)) {
      const real = pidsByApp(shown);
      realPid = new Map(
        [...pidsByApp(step.output)].flatMap(([app, pid]) => {
          const actual = real.get(app);
          return actual === undefined ? [] : [[pid, actual]];
        }),
      );
    }
  }

  /** A block of what `npm start`'s launcher said (`[stack …] …`): the test stack's must say it. */
  async function checkLauncherOutput(
    file: string,
    block: Extract<ReadmeBlock, { kind: 'output' }>,
  ) {
    const said = () =>
      normaliseOutput(stack?.output.stack ?? '').map((line) => LAUNCHER_PREFIX + line);
    const matched = await pollUntil(15_000, () => {
      const result = matchOutput(block.lines, said(), bindings, true, block.varying);
      return result.ok ? result : undefined;
    });
    if (!matched?.ok) {
      throw new Error(
        `${file}:${block.line}: the launcher did not say this within 15 s\n${said().join('\n')}`,
      );
    }
  }

  async function checkServiceOutput(file: string, block: Extract<ReadmeBlock, { kind: 'output' }>) {
    const running = service;
    if (!running) return;
    const matched = await pollUntil(15_000, () => {
      const result = matchOutput(block.lines, normaliseOutput(running.output), bindings, true);
      return result.ok ? result : undefined;
    });
    if (!matched?.ok) {
      const why = matchOutput(block.lines, normaliseOutput(running.output), bindings, true);
      throw new Error(
        `${file}:${block.line}: the background service did not print this within 15 s\n` +
          `${why.ok ? '' : why.reason}\noutput:\n${running.output}`,
      );
    }
    bindings = matched.bindings;
  }

  for (const { file, section } of sections) {
    it(`runs the commands of ${file} › "${section}" as shown`, async () => {
      const here = blocks.filter((b) => b.file === file && b.block.section === section);
      for (const { block } of here) {
        if (block.kind === 'commands') await runCommands(file, block);
        else if (block.kind === 'transcript') {
          for (const step of block.steps) await runStep(file, step, section, block.varying);
        } else if (block.lines[0]?.startsWith(LAUNCHER_PREFIX)) {
          await checkLauncherOutput(file, block);
        } else if (service && serviceSection === section) await checkServiceOutput(file, block);
      }
      if (service && serviceSection === section) {
        await service.stop();
        service = undefined;
      }
    }, 240_000);
  }
});
