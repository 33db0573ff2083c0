import type { TextMapPropagator } from '@opentelemetry/api';
import {
  CompositePropagator,
  W3CBaggagePropagator,
  W3CTraceContextPropagator,
} from '@opentelemetry/core';
// NodeSDK's own reading of OTEL_PROPAGATORS; it has no public export, and rewriting it here
// would give the project two lists of propagator names to keep in step.
import { getPropagatorFromEnv } from '@opentelemetry/sdk-node/build/src/utils';

/**
 * The propagator NodeSDK would register by itself: the one `OTEL_PROPAGATORS` names, W3C trace
 * context and baggage when it is unset, none (null) for `none`. The edge needs it in hand to
 * put its own business propagator after it.
 */
export function defaultPropagatorFromEnv(): TextMapPropagator | null {
  const fromEnv = getPropagatorFromEnv();
  if (fromEnv !== undefined) return fromEnv;
  return new CompositePropagator({
    propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
  });
}
