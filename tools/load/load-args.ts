import { DEFAULT_TRACE_QUERY_URL, defaultServiceUrl, SERVICES, serviceOf } from '@app/topology';
import { parseCommandLine } from '../cli/command-line';
import { durationArg } from '../cli/duration-arg';
import { UsageError } from '../cli/usage.error';
import { DEFAULT_MIX, LOAD_SCENARIOS } from './load-scenarios';
import { MixError, parseMix } from './weighted-mix';

/** What one `npm run load` run does. */
export interface LoadOptions {
  rate: number;
  durationMs: number;
  /** How long to warm the stack up first, not counted; 0 for none. */
  warmupMs: number;
  mix: Map<string, number>;
  baseUrl: string;
  adminUrl: string;
  viewerUrl: string;
  timeoutMs: number;
  json: boolean;
  help: boolean;
}

const DEFAULT_BASE_URL = defaultServiceUrl('api-gateway');
const DEFAULT_ADMIN_URL = `http://127.0.0.1:${serviceOf('inventory-service').adminPort}`;

/**
 * Each URL's default, from the settings the other tools read (GATEWAY_URL, ADMIN_BASE_PORT as npm
 * run fault, JAEGER_QUERY_URL), so one environment points every tool at the same stack.
 */
function defaultUrls(env: NodeJS.ProcessEnv) {
  const adminShift = env.ADMIN_BASE_PORT ? Number(env.ADMIN_BASE_PORT) - SERVICES[0].adminPort : 0;
  return {
    base: env.GATEWAY_URL || DEFAULT_BASE_URL,
    admin: `http://127.0.0.1:${serviceOf('inventory-service').adminPort + adminShift}`,
    viewer: env.JAEGER_QUERY_URL || DEFAULT_TRACE_QUERY_URL,
  };
}

export const LOAD_USAGE = `Usage: npm run load -- [options]
  --rate <n>          requests started per second, whatever the answers do (default 20)
  --duration <d>      how long to send, e.g. 30s, 2m (default 30s)
  --warmup <d>        how long to warm the stack up first, ramping up to the rate; its requests
                      count in no figure (default 10s)
  --no-warmup         start measuring at once (a warm stack, or to see a cold one)
  --mix <k=w,...>     scenarios and their weights (default ${DEFAULT_MIX})
  --base-url <url>    the api-gateway to load (default ${DEFAULT_BASE_URL})
  --admin-url <url>   inventory-service's admin port, to restock first (default ${DEFAULT_ADMIN_URL})
  --viewer-url <url>  the trace viewer, for links to traces (default ${DEFAULT_TRACE_QUERY_URL})
  --timeout <d>       how long one request may take before it counts as failed (default 10s)
  --json              print the summary as JSON only
Environment: GATEWAY_URL, ADMIN_BASE_PORT and JAEGER_QUERY_URL change the three URLs' defaults.
Scenarios: ${LOAD_SCENARIOS.map(({ key }) => key).join(', ')}`;

function duration(name: string, text: string): number {
  return durationArg(text, `--${name}`, { examples: '30s or 2m', min: 1 });
}

function url(name: string, text: string): string {
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    throw new UsageError(`--${name} must be an http(s) URL, not "${text}"`);
  }
  return text.replace(/\/+$/, '');
}

/** Reads and checks the command line of `npm run load`, naming each bad option. */
export function parseLoadArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): LoadOptions {
  const defaults = defaultUrls(env);
  const { values } = parseCommandLine(
    argv,
    {
      rate: { type: 'string', default: '20' },
      duration: { type: 'string', default: '30s' },
      warmup: { type: 'string', default: '10s' },
      'no-warmup': { type: 'boolean', default: false },
      mix: { type: 'string', default: DEFAULT_MIX },
      'base-url': { type: 'string', default: defaults.base },
      'admin-url': { type: 'string', default: defaults.admin },
      'viewer-url': { type: 'string', default: defaults.viewer },
      timeout: { type: 'string', default: '10s' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    { positionals: false },
  );
  const rate = Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 10_000) {
    throw new UsageError(
      `--rate must be a number of requests per second (0-10000], not "${values.rate}"`,
    );
  }
  let mix: Map<string, number>;
  try {
    mix = parseMix(
      values.mix,
      LOAD_SCENARIOS.map(({ key }) => key),
    );
  } catch (error) {
    if (error instanceof MixError) throw new UsageError(error.message);
    throw error;
  }
  return {
    rate,
    durationMs: duration('duration', values.duration),
    warmupMs: values['no-warmup']
      ? 0
      : durationArg(values.warmup, '--warmup', { examples: '10s or 30s' }),
    mix,
    baseUrl: url('base-url', values['base-url']),
    adminUrl: url('admin-url', values['admin-url']),
    viewerUrl: url('viewer-url', values['viewer-url']),
    timeoutMs: duration('timeout', values.timeout),
    json: values.json,
    help: values.help,
  };
}
