import type { TextMapPropagator } from '@opentelemetry/api';
import {
  CompositePropagator,
  getStringListFromEnv,
  W3CBaggagePropagator,
  W3CTraceContextPropagator,
} from '@opentelemetry/core';
// NodeSDK's own reading of OTEL_PROPAGATORS; it has no public export, and rewriting it here
// would give the project two lists of propagator names to keep in step.
import { getPropagatorFromEnv } from '@opentelemetry/sdk-node/build/src/utils';
import { StrictTraceContextPropagator } from '../w3c/strict-trace-context.propagator';

/** This project's own propagator names, beside the standard ones NodeSDK knows. */
const OWN_PROPAGATORS: Readonly<Record<string, () => TextMapPropagator>> = {
  'tracecontext-strict': () => new StrictTraceContextPropagator(),
};

/** NodeSDK's propagator for one standard name (it warns about an unknown one and gives null). */
function standardPropagator(name: string): TextMapPropagator | null {
  const listed = process.env.OTEL_PROPAGATORS;
  // The SDK's function reads only the variable; it is pointed at one name for the call.
  process.env.OTEL_PROPAGATORS = name;
  try {
    return getPropagatorFromEnv() ?? null;
  } finally {
    process.env.OTEL_PROPAGATORS = listed;
  }
}

/**
 * The propagator NodeSDK would register by itself: the one `OTEL_PROPAGATORS` names, W3C trace
 * context and baggage when it is unset, none (null) for `none`. The list may also name this
 * project's `tracecontext-strict`, in any place among the standard names. The edge needs the
 * propagator in hand to put its own business propagator after it.
 */
export function defaultPropagatorFromEnv(): TextMapPropagator | null {
  const names = getStringListFromEnv('OTEL_PROPAGATORS');
  if (!names?.some((name) => name in OWN_PROPAGATORS)) {
    const fromEnv = getPropagatorFromEnv();
    if (fromEnv !== undefined) return fromEnv;
    return new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    });
  }
  if (names.includes('none')) return null;
  const propagators = [...new Set(names)].flatMap((name) => {
    const propagator = OWN_PROPAGATORS[name]?.() ?? standardPropagator(name);
    return propagator ? [propagator] : [];
  });
  return propagators.length === 1 ? propagators[0] : new CompositePropagator({ propagators });
}
