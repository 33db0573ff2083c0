/**
 * `npm start`: runs the trace viewer and the five services from the build, with log lines
 * prefixed by service. Ctrl-C sends SIGINT to each; every service flushes its spans and exits.
 */
import concurrently from 'concurrently';
import { existsSync } from 'node:fs';
import { builtEntryPoint, PROJECT_ROOT, readinessUrl, STACK_APPS } from './stack/stack-apps';

const missing = STACK_APPS.filter(({ name }) => !existsSync(builtEntryPoint(name)));
if (missing.length > 0) {
  console.error(
    `Not built: ${missing.map(({ name }) => name).join(', ')}. Run \`npm run build\` first.`,
  );
  process.exit(1);
}

const { result } = concurrently(
  STACK_APPS.map(({ name }) => ({
    name,
    command: `node ${JSON.stringify(builtEntryPoint(name))}`,
    cwd: PROJECT_ROOT,
  })),
  {
    prefix: 'name',
    prefixColors: ['gray', 'cyan', 'magenta', 'green', 'yellow', 'blue'],
    killOthersOn: ['failure'],
    killSignal: 'SIGINT',
  },
);

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Tells the learner when every process answers, so the first curl does not meet a 503. */
async function announceWhenReady(): Promise<void> {
  const deadline = Date.now() + 60_000;
  const pending = new Set(STACK_APPS);
  while (pending.size > 0 && Date.now() < deadline) {
    for (const app of pending) if (await isReady(readinessUrl(app))) pending.delete(app);
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (pending.size > 0) {
    const names = [...pending].map(({ name }) => name).join(', ');
    console.error(`Still not answering after 60 s: ${names}. Look at their log lines above.`);
    return;
  }
  console.log(
    [
      '',
      'Stack ready:',
      '  api-gateway    http://localhost:8000   try: curl http://localhost:8000/users/123',
      '  trace viewer   http://localhost:16686  (OTLP in on :4318, Jaeger Thrift on :14268)',
      '  Ctrl-C stops every service after it flushes its spans.',
      '',
    ].join('\n'),
  );
}

void announceWhenReady();

result.then(
  () => process.exit(0),
  () => process.exit(1),
);
