import type { Attributes } from '@opentelemetry/api';
import { BaggageSpanProcessor } from '@opentelemetry/baggage-span-processor';
import type { IncomingMessage } from 'node:http';
import { ATTR_BUSINESS_REJECTED_HEADERS, BUSINESS_KEY_PREFIX } from '../telemetry.attributes';
import { readBusinessHeaders } from './business-headers';

/**
 * Copies the `business.*` baggage entries of a span's parent context onto the span as it starts,
 * in every service, so no service code sets them. Only that prefix: baggage is written by
 * callers, who must not be able to write arbitrary attributes into the traces.
 */
export function createBusinessBaggageSpanProcessor(): BaggageSpanProcessor {
  return new BaggageSpanProcessor((key) => key.startsWith(BUSINESS_KEY_PREFIX));
}

/**
 * The edge's `startIncomingSpanHook`: names the business headers it refused on the server span
 * (never their values, which may be anything), so a dropped client id is visible, not silent.
 */
export function recordRejectedBusinessHeaders(request: IncomingMessage): Attributes {
  const rejected = readBusinessHeaders((header) => request.headers[header])
    .filter((reading) => reading.rejection !== undefined)
    .map((reading) => `${reading.header}:${reading.rejection}`);
  return rejected.length > 0 ? { [ATTR_BUSINESS_REJECTED_HEADERS]: rejected } : {};
}
