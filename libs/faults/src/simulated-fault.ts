import { context, propagation } from '@opentelemetry/api';
import { BAGGAGE_SIMULATED_FAULT } from '@app/telemetry';

/**
 * Runs `fn` with baggage asking the service that runs `operation` to fail it: the request
 * carries its own fault down the chain through OpenTelemetry's propagation, and only that
 * operation, wherever it runs, fails.
 */
export function withSimulatedFault<T>(operation: string, fn: () => T): T {
  const current = propagation.getActiveBaggage() ?? propagation.createBaggage();
  const baggage = current.setEntry(BAGGAGE_SIMULATED_FAULT, { value: operation });
  return context.with(propagation.setBaggage(context.active(), baggage), fn);
}

/** The operation the active request's baggage asks to fail, if any. */
export function simulatedFaultOperation(): string | undefined {
  return propagation.getActiveBaggage()?.getEntry(BAGGAGE_SIMULATED_FAULT)?.value;
}
