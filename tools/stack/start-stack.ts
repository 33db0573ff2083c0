/**
 * `npm start`: runs the trace viewer and the five services from the build, with log lines
 * prefixed by app (the services' JSON lines made readable). One app that exits leaves the others serving; `npm run stack` stops and starts
 * single apps over the launcher's control port. Ctrl-C sends each app one SIGINT: every service
 * flushes its spans and exits, then the launcher does.
 */
import { existsSync } from 'node:fs';
import { styleText } from 'node:util';
import { defaultServiceUrl, TRACE_BACKEND } from '@app/topology';
import { DEFAULT_CONTROL_PORT, startControlServer } from './control-server';
import { appSpec } from './launch-stack';
import { builtEntryPoint, STACK_APPS } from './stack-apps';
import { createLogLineFormatter } from './log-line.formatter';
import { createRunState } from './run-state';
import { StackLauncher } from './stack-launcher';

const COLORS = ['gray', 'cyan', 'magenta', 'green', 'yellow', 'blue'] as const;
const WIDTH = Math.max(...STACK_APPS.map(({ name }) => name.length));
const color = (index: number, text: string) =>
  process.stdout.isTTY ? styleText(COLORS[index % COLORS.length], text) : text;
const colorOf = new Map(STACK_APPS.map(({ name }, index) => [name, index]));
const formatLine =
  process.env.STACK_LOG_FORMAT === 'json'
    ? (line: string) => line
    : createLogLineFormatter(process.stdout.isTTY === true);

const missing = STACK_APPS.filter(({ name }) => !existsSync(builtEntryPoint(name)));
if (missing.length > 0) {
  console.error(
    `Not built: ${missing.map(({ name }) => name).join(', ')}. Run \`npm run build\` first.`,
  );
  process.exit(1);
}

const controlPort = Number(process.env.STACK_CONTROL_PORT || DEFAULT_CONTROL_PORT);
const runState = createRunState();
const launcher = new StackLauncher(
  STACK_APPS.map((app) =>
    appSpec(app, { env: { ...process.env, ...runState.env }, ownProcessGroup: true }),
  ),
  {
    appLine: (app, line) =>
      process.stdout.write(
        `${color(colorOf.get(app) ?? 0, `[${app.padEnd(WIDTH)}]`)} ${formatLine(line)}\n`,
      ),
    notice: (line) => process.stdout.write(`${color(0, `[${'stack'.padEnd(WIDTH)}]`)} ${line}\n`),
  },
);

const GATEWAY = defaultServiceUrl('api-gateway');
const VIEWER = `http://localhost:${TRACE_BACKEND.queryPort}`;
const BANNER = [
  '',
  // Every app runs on this process's own Node (process.execPath): the one npm's scripts put first.
  `Stack ready, every app on Node ${process.version}:`,
  `  api-gateway    ${GATEWAY}   try: curl ${GATEWAY}/users/123`,
  `  trace viewer   ${VIEWER}  (OTLP in on :${TRACE_BACKEND.otlpHttpPort}, Jaeger Thrift on :${TRACE_BACKEND.jaegerThriftPort})`,
  '  npm run stack -- status | stop <app> | start <app>   takes one app down and back',
  '  Ctrl-C stops every service after it flushes its spans.',
  '',
].join('\n');

async function main(): Promise<void> {
  const control = await startControlServer(launcher, controlPort).catch((error: Error) => {
    console.error(
      `Cannot listen on 127.0.0.1:${controlPort} for \`npm run stack\`: ${error.message}`,
    );
    process.exit(1);
  });
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping every app; each flushes its spans first.');
    void launcher.stopAll().then(() => {
      runState.remove();
      control.close(() => process.exit(0));
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const dead = await launcher.startAll();
  if (dead.length > 0) {
    console.error(`Did not start: ${dead.join(', ')}. Look at their log lines above.`);
  }
  const notReady = await launcher.waitForReadiness();
  if (stopping) return;
  if (notReady.length > 0) {
    console.error(
      `Still not ready after 60 s: ${notReady.join(', ')}. Look at their log lines above.`,
    );
    return;
  }
  console.log(BANNER);
}

void main();
