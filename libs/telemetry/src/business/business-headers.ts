import { ATTR_BUSINESS_CLIENT_ID, ATTR_BUSINESS_SESSION_ID } from '../telemetry.attributes';

/**
 * The request headers the edge turns into business baggage, and the baggage key (also the span
 * attribute key) each one becomes. Add a header here and it is carried and searchable everywhere.
 */
export const BUSINESS_HEADERS: Readonly<Record<string, string>> = {
  'x-client-id': ATTR_BUSINESS_CLIENT_ID,
  'x-session-id': ATTR_BUSINESS_SESSION_ID,
};

/** Longest header value the edge accepts; a longer one is dropped, not truncated. */
export const MAX_BUSINESS_VALUE_LENGTH = 128;

// Letters, digits and `._:-`: safe in a baggage value without percent-encoding, and never
// mistaken for a separator by anything that reads the attribute later.
const ALLOWED_VALUE = /^[A-Za-z0-9._:-]+$/;

/** Why a header value was refused. */
export type BusinessHeaderRejection = 'too_long' | 'forbidden_characters';

/** Whether a business header value may be carried, or why not. */
export function checkBusinessValue(value: string): BusinessHeaderRejection | undefined {
  if (value.length > MAX_BUSINESS_VALUE_LENGTH) return 'too_long';
  return ALLOWED_VALUE.test(value) ? undefined : 'forbidden_characters';
}

/** A business header as the edge read it: accepted with its baggage key, or refused. */
export interface BusinessHeaderReading {
  header: string;
  key: string;
  value?: string;
  rejection?: BusinessHeaderRejection;
}

/**
 * Reads every business header present in a request, through `get` (a header getter that may
 * return repeated headers as an array: a repeated header is refused as one joined value).
 */
export function readBusinessHeaders(
  get: (header: string) => string | string[] | undefined,
): BusinessHeaderReading[] {
  return Object.entries(BUSINESS_HEADERS).flatMap(([header, key]): BusinessHeaderReading[] => {
    const raw = get(header);
    if (raw === undefined) return [];
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    const rejection = checkBusinessValue(value);
    return [rejection ? { header, key, rejection } : { header, key, value }];
  });
}
