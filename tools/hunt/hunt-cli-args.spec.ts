import { UsageError } from '../cli/usage.error';
import { parseHuntArgs } from './hunt-cli-args';

describe(parseHuntArgs.name, () => {
  it.each([
    [['start', 'slow-hop'], { command: 'start', kind: 'slow-hop', seed: undefined }],
    [['start', 'flaky-error', '--seed', '42'], { command: 'start', kind: 'flaky-error', seed: 42 }],
    [['start', '--seed=0', 'slow-hop'], { command: 'start', kind: 'slow-hop', seed: 0 }],
    [
      ['answer', 'order-service', 'check_inventory'],
      { command: 'answer', service: 'order-service', operation: 'check_inventory' },
    ],
    [['reveal'], { command: 'reveal' }],
    [['stop'], { command: 'stop' }],
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['start', 'slow-hop', '-h'], { command: 'help' }],
  ])('reads %j', (argv, expected) => {
    expect(parseHuntArgs(argv)).toEqual(expected);
  });

  it.each([
    [['start'], 'start takes one hunt: slow-hop or flaky-error'],
    [['start', 'slow'], 'unknown hunt "slow"; one of: slow-hop, flaky-error'],
    [['start', 'slow-hop', '--seed=-1'], /--seed must be an integer ≥ 0/],
    [['start', 'slow-hop', '--seed', '1.5'], '--seed must be an integer ≥ 0, not "1.5"'],
    [['start', 'slow-hop', '--seed', 'x'], '--seed must be an integer ≥ 0, not "x"'],
    [['answer', 'order-service'], /^answer takes a service and an operation/],
    [['answer', 'mars', 'check_inventory'], /^unknown service "mars"/],
    [['reveal', 'now'], 'reveal takes no arguments'],
    [['stop', '--seed', '3'], '--seed goes with start'],
    [['guess'], 'unknown command "guess"'],
    [['start', 'slow-hop', '--rate', '1'], 'unknown option --rate'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseHuntArgs(argv)).toThrow(UsageError);
    expect(() => parseHuntArgs(argv)).toThrow(message);
  });
});
