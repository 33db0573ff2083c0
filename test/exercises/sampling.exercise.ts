import { servicesIn } from './support/span-assertions';
import { type ExerciseStack, startExerciseStack } from './support/exercise-stack';
import { isSampled, newTraceParent, parseTraceParent } from '../support/trace-context';

/**
 * Exercise 4: with OTEL_TRACES_SAMPLER=parentbased_keepwrites_traceidratio and
 * OTEL_TRACES_SAMPLER_ARG=0.25, a new trace that starts with a write (POST, PUT, PATCH, DELETE)
 * is always kept, a read is kept with probability 0.25, and every service follows the decision
 * of its caller, so a trace is recorded whole or not at all.
 */

const READS = 60;
const WRITES = 10;
const PARENTED = 4;

interface Sent {
  traceId: string;
  sampled: boolean;
}

async function send(url: string, init: RequestInit, expected: number): Promise<Sent> {
  const response = await fetch(url, init);
  expect(response.status).toBe(expected);
  const traceResponse = parseTraceParent(response.headers.get('traceresponse'), 'traceresponse');
  return { traceId: traceResponse.traceId, sampled: isSampled(traceResponse) };
}

describe('exercise: sampling', () => {
  let stack: ExerciseStack;
  const reads: Sent[] = [];
  const writes: Sent[] = [];
  const sampledParentReads: Sent[] = [];
  const unsampledParentWrites: Sent[] = [];

  beforeAll(async () => {
    stack = await startExerciseStack({
      env: {
        OTEL_TRACES_SAMPLER: 'parentbased_keepwrites_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
      },
    });
    const gateway = stack.url('api-gateway');
    for (let i = 0; i < READS; i += 1) reads.push(await send(`${gateway}/users/123`, {}, 200));
    for (let i = 0; i < WRITES; i += 1) {
      const url = `${gateway}/orders?user_id=123&product_id=1&quantity=1`;
      writes.push(await send(url, { method: 'POST' }, 201));
    }
    for (let i = 0; i < PARENTED; i += 1) {
      const sampled = { traceparent: newTraceParent(true).header };
      sampledParentReads.push(await send(`${gateway}/users/123`, { headers: sampled }, 200));
      const unsampled = { traceparent: newTraceParent(false).header };
      const url = `${gateway}/orders?user_id=123&product_id=1&quantity=1`;
      unsampledParentWrites.push(await send(url, { method: 'POST', headers: unsampled }, 201));
    }
    // Stopping flushes every span each service still holds.
    await stack.stop();
  });

  afterAll(() => stack?.stop());

  it('keeps every trace that starts with a write, whole', () => {
    expect(writes.filter((write) => !write.sampled)).toEqual([]);
    for (const write of writes) {
      expect(servicesIn(stack.recorder.spansOf(write.traceId))).toEqual([
        'api-gateway',
        'database-service',
        'inventory-service',
        'order-service',
        'user-service',
      ]);
    }
  });

  it('keeps about a quarter of the read traces', () => {
    const kept = reads.filter((read) => read.sampled).length;
    // Binomial(60, 0.25): mean 15, standard deviation 3.4; this range holds 99.99% of runs.
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThanOrEqual(30);
  });

  it('records each read trace whole or not at all, as its sampled flag says', () => {
    for (const read of reads) {
      const services = servicesIn(stack.recorder.spansOf(read.traceId));
      expect({ traceId: read.traceId, services }).toEqual({
        traceId: read.traceId,
        services: read.sampled ? ['api-gateway', 'database-service', 'user-service'] : [],
      });
    }
  });

  it("follows a caller's decision, whatever the method", () => {
    // The write rule is for new traces only: a caller that chose, chose for the whole trace.
    expect(sampledParentReads.map((read) => read.sampled)).toEqual([true, true, true, true]);
    expect(unsampledParentWrites.map((write) => write.sampled)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    for (const read of sampledParentReads) {
      expect(servicesIn(stack.recorder.spansOf(read.traceId))).toHaveLength(3);
    }
    for (const write of unsampledParentWrites) {
      expect(stack.recorder.spansOf(write.traceId)).toEqual([]);
    }
  });
});
