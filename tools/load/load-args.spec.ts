import { UsageError } from '../cli/usage.error';
import { parseLoadArgs } from './load-args';

describe(parseLoadArgs.name, () => {
  it('takes its URL defaults from the settings the other tools read', () => {
    const env = {
      GATEWAY_URL: 'http://localhost:18000',
      ADMIN_BASE_PORT: '19000',
      JAEGER_QUERY_URL: 'http://localhost:26686',
    };
    expect(parseLoadArgs([], env)).toMatchObject({
      baseUrl: 'http://localhost:18000',
      adminUrl: 'http://127.0.0.1:19004',
      viewerUrl: 'http://localhost:26686',
    });
    expect(parseLoadArgs(['--base-url', 'http://127.0.0.1:8000'], env).baseUrl).toBe(
      'http://127.0.0.1:8000',
    );
  });

  it('has defaults that load the local stack for 30 s at 20/s with the default mix', () => {
    const options = parseLoadArgs([], {});
    expect(options).toMatchObject({
      rate: 20,
      durationMs: 30_000,
      warmupMs: 10_000,
      baseUrl: 'http://localhost:8000',
      adminUrl: 'http://127.0.0.1:9004',
      viewerUrl: 'http://localhost:16686',
      timeoutMs: 10_000,
      json: false,
    });
    expect(Object.fromEntries(options.mix)).toEqual({
      'get-user': 3,
      'get-order': 3,
      'create-order': 2,
      'unknown-user': 1,
      'out-of-stock': 1,
    });
  });

  it('reads every option', () => {
    const options = parseLoadArgs([
      '--rate=50',
      '--duration=1m30s',
      '--mix=get-user=1',
      '--base-url=http://gateway:8000/',
      '--admin-url=http://inventory:9004',
      '--viewer-url=http://viewer:16686',
      '--timeout=2s',
      '--warmup=30s',
      '--json',
    ]);
    expect(options).toMatchObject({
      rate: 50,
      durationMs: 90_000,
      baseUrl: 'http://gateway:8000',
      adminUrl: 'http://inventory:9004',
      viewerUrl: 'http://viewer:16686',
      timeoutMs: 2_000,
      warmupMs: 30_000,
      json: true,
    });
    expect(Object.fromEntries(options.mix)).toEqual({ 'get-user': 1 });
  });

  it('skips the warm-up with --no-warmup', () => {
    expect(parseLoadArgs(['--no-warmup']).warmupMs).toBe(0);
    expect(parseLoadArgs(['--warmup=0s']).warmupMs).toBe(0);
  });

  it.each([
    [['--rate', '0'], '--rate must be a number of requests per second (0-10000], not "0"'],
    [
      ['--duration', '60'],
      '--duration must be a duration such as 30s or 2m, not "60": a number needs its unit',
    ],
    [['--duration', '0s'], '--duration must be at least 1 ms, not "0s"'],
    [['--timeout', 'soon'], '--timeout must be a duration such as 30s or 2m, not "soon"'],
    [['--base-url', 'localhost:8000'], '--base-url must be an http(s) URL, not "localhost:8000"'],
    [['--mix', 'nope=1'], /unknown scenario "nope"/],
    [['--sped', '1'], 'unknown option --sped'],
    [
      ['--warmup', '10'],
      '--warmup must be a duration such as 10s or 30s, not "10": a number needs its unit',
    ],
    [['--rate'], '--rate needs a value'],
    [['--json=yes'], '--json takes no value'],
    [['fast'], 'unexpected argument fast; this command takes options only'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseLoadArgs(argv)).toThrow(UsageError);
    expect(() => parseLoadArgs(argv)).toThrow(message);
  });
});
