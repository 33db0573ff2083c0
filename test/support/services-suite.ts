import { startServices } from './e2e-services';
import { OtlpJsonReceiver } from './otlp-json-receiver';
import type { RunningStack } from '../../tools/stack/launch-stack';

/** What a suite gets from `useServicesWithReceiver`: the receiver, and its URL once started. */
export interface ServicesSuite {
  readonly receiver: OtlpJsonReceiver;
  /** Set in the suite's beforeAll, so read it inside hooks and tests only. */
  receiverUrl: string;
}

/**
 * Registers a suite's set-up and tear-down: an OTLP/JSON receiver, then the five built services
 * on the test ports exporting to it; both stop after the suite.
 */
export function useServicesWithReceiver(): ServicesSuite {
  const suite: ServicesSuite = { receiver: new OtlpJsonReceiver(), receiverUrl: '' };
  let stack: RunningStack | undefined;

  beforeAll(async () => {
    suite.receiverUrl = await suite.receiver.start();
    stack = await startServices(suite.receiverUrl);
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
    await suite.receiver.stop();
  });

  return suite;
}
