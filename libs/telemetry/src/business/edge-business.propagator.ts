import {
  type Baggage,
  type Context,
  propagation,
  type TextMapGetter,
  type TextMapPropagator,
} from '@opentelemetry/api';
import { BUSINESS_KEY_PREFIX } from '../telemetry.attributes';
import { BUSINESS_HEADERS, readBusinessHeaders } from './business-headers';

function withoutBusinessEntries(baggage: Baggage): Baggage {
  const owned = baggage
    .getAllEntries()
    .map(([key]) => key)
    .filter((key) => key.startsWith(BUSINESS_KEY_PREFIX));
  return baggage.removeEntries(...owned);
}

/**
 * The edge's trust decision, made where the request's context is extracted (so before its server
 * span starts): a caller's own `business.*` baggage entries are dropped, and the business headers
 * (`x-client-id`, `x-session-id`), once validated, become those entries instead. Placed after the
 * configured propagators, it sees the baggage they extracted. It writes nothing on injection: the
 * W3C baggage propagator carries the entries to the next hop.
 */
export class EdgeBusinessPropagator implements TextMapPropagator {
  inject(): void {}

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    let baggage = withoutBusinessEntries(
      propagation.getBaggage(context) ?? propagation.createBaggage(),
    );
    for (const { key, value } of readBusinessHeaders((header) => getter.get(carrier, header))) {
      if (value !== undefined) baggage = baggage.setEntry(key, { value });
    }
    return baggage.getAllEntries().length > 0
      ? propagation.setBaggage(context, baggage)
      : propagation.deleteBaggage(context);
  }

  fields(): string[] {
    return Object.keys(BUSINESS_HEADERS);
  }
}
