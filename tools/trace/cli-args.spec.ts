import { UsageError } from '../cli/usage.error';
import { parseCliArgs } from './cli-args';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';

describe(parseCliArgs.name, () => {
  it.each([
    [[], { command: 'help' }],
    [['-h'], { command: 'help' }],
    [[TRACE_ID], { command: 'show', traceId: TRACE_ID, transport: false, waitSeconds: 15 }],
    [
      [TRACE_ID, '--wait', '2s', '--transport'],
      { command: 'show', traceId: TRACE_ID, transport: true, waitSeconds: 2 },
    ],
    [['new-traceparent'], { command: 'new-traceparent', explain: false }],
    [['new-traceparent', '--explain'], { command: 'new-traceparent', explain: true }],
    [['expected', 'get-user'], { command: 'expected', scenario: 'get-user' }],
    [['urls'], { command: 'urls' }],
  ])('reads %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [
      [TRACE_ID, '--wait', '2'],
      '--wait must be a duration such as 15s or 1m, not "2": a number needs its unit',
    ],
    [[TRACE_ID, '--wait'], '--wait needs a value'],
    [[TRACE_ID, '--explain'], 'a trace id does not take --explain'],
    [[TRACE_ID, 'more'], 'unexpected argument more'],
    [['new-traceparent', '--transport'], 'new-traceparent does not take --transport'],
    [['explain-traceparent'], 'explain-traceparent takes one traceparent'],
    [['expected'], 'expected takes one scenario'],
    [['urls', 'more'], 'urls takes no argument'],
    [['expected', 'nope'], 'unknown scenario "nope"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new UsageError(message));
  });
});
