import { UsageError } from '../cli/usage.error';
import { parseFaultArgs } from './fault-cli-args';

describe(parseFaultArgs.name, () => {
  it.each([
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['list'], { command: 'list' }],
    [['clear'], { command: 'clear', service: undefined }],
    [['operations', 'user-service'], { command: 'operations', service: 'user-service' }],
    [['seed', '42', 'order-service'], { command: 'seed', seed: 42, service: 'order-service' }],
    [
      ['inventory-service', 'latency', '300ms', '--rate', '0.5', '--jitter', '1.5s'],
      {
        command: 'add',
        service: 'inventory-service',
        rule: { kind: 'latency', latencyMs: 300, rate: 0.5, jitterMs: 1500 },
      },
    ],
    [
      ['order-service', 'unreachable', '--hop', 'database-service'],
      {
        command: 'add',
        service: 'order-service',
        rule: { kind: 'unreachable', hop: 'database-service' },
      },
    ],
    [
      ['order-service', 'error', '--operation', 'POST /orders', '--status', '503'],
      {
        command: 'add',
        service: 'order-service',
        rule: { kind: 'error', operation: 'POST /orders', status: 503 },
      },
    ],
  ])('reads %j', (argv, expected) => {
    expect(parseFaultArgs(argv)).toEqual(expected);
  });

  it.each([
    [['mars', 'error'], /^unknown service "mars"; one of: api-gateway, /],
    [['user-service', 'slow'], /^unknown fault kind "slow"; one of: error, latency, /],
    [
      ['user-service', 'latency', '300'],
      'the latency must be a duration such as 300ms or 1.5s, not "300": a number needs its unit',
    ],
    [
      ['user-service', 'latency', 'soon'],
      'the latency must be a duration such as 300ms or 1.5s, not "soon"',
    ],
    [['user-service', 'latency', '1s', '--jitter', '50'], /^--jitter must be a duration such as/],
    [['order-service', 'unreachable', '--hop', 'db'], /^unknown service "db" for --hop; one of: /],
    [['user-service', 'error', '--rate', 'half'], '--rate must be a number, not "half"'],
    [['user-service', 'error', '--rate'], '--rate needs a value'],
    [['user-service', 'error', '--operaton', 'x'], 'unknown option --operaton'],
    [['list', 'now'], 'unexpected "now"'],
    [['seed', '1.5'], 'the seed must be an integer ≥ 0'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseFaultArgs(argv)).toThrow(UsageError);
    expect(() => parseFaultArgs(argv)).toThrow(message);
  });
});
