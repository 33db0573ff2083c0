import { context, propagation, trace } from '@opentelemetry/api';
import { ATTR_BUSINESS_USER_ID } from '../telemetry.attributes';

/**
 * Runs `fn` with the request's user as `business.user_id`: on the active span (the edge's server
 * span, started before the route knew the user) and as baggage, which the baggage span processor
 * copies onto every later span of the trace, in this service and every one downstream. Only the
 * edge calls it, with an id it validated; callers cannot set the entry (see EdgeBusinessPropagator).
 */
export function withBusinessUserId<T>(userId: number, fn: () => T): T {
  const value = String(userId);
  trace.getActiveSpan()?.setAttribute(ATTR_BUSINESS_USER_ID, value);
  const baggage = (propagation.getActiveBaggage() ?? propagation.createBaggage()).setEntry(
    ATTR_BUSINESS_USER_ID,
    { value },
  );
  return context.with(propagation.setBaggage(context.active(), baggage), fn);
}
