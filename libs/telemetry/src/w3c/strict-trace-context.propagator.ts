import {
  type Context,
  createContextKey,
  isSpanContextValid,
  type SpanContext,
  type TextMapGetter,
  type TextMapPropagator,
  type TextMapSetter,
  trace,
  TraceFlags,
} from '@opentelemetry/api';
import { parseTraceParent, W3CTraceContextPropagator } from '@opentelemetry/core';
import { StrictTraceState } from './strict-trace-state';

/** Trace Context Level 2, "Random Trace ID Flag": bit 1 of trace-flags. */
export const RANDOM_TRACE_ID_FLAG = 0x02;

/** The trace a request arrived in, and whether its caller said the trace id is random. */
interface IncomingTrace {
  traceId: string;
  random: boolean;
}

// Lives in the context the request is handled in, under every span started there, so injection
// can tell which outgoing calls continue the caller's trace.
const INCOMING_TRACE = createContextKey('tracecontext-strict incoming trace');

function single(value: string | string[] | undefined): string | undefined {
  // Two traceparent fields cannot be combined: the request starts a new trace (test suite's
  // test_traceparent_duplicated; Node's HTTP server joins them into one unparsable value).
  if (Array.isArray(value)) return value.length === 1 ? value[0] : undefined;
  return value;
}

function joined(value: string | string[] | undefined): string | undefined {
  // Several tracestate fields are one list, joined in order (RFC 9110, section 5.3).
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * W3C Trace Context as the Recommendation and the W3C's own test suite read it, selected with
 * `OTEL_PROPAGATORS=tracecontext-strict`. OpenTelemetry's propagator parses `traceparent` and
 * writes both headers; this adds two rules it lacks. A `tracestate` that breaks the grammar or
 * its limits is dropped whole instead of cut down to the members that parse (StrictTraceState).
 * And the Level 2 random trace id flag is kept: the SDK gives every new span only the sampled
 * flag, so extraction remembers the caller's flag in the context and injection puts it back on
 * every span of that trace.
 */
export class StrictTraceContextPropagator implements TextMapPropagator {
  private readonly w3c = new W3CTraceContextPropagator();

  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    const spanContext = trace.getSpanContext(context);
    if (!spanContext || !isSpanContextValid(spanContext)) return;
    // Level 1 "Other Flags": bits this version does not define are sent as zero.
    const sampled = spanContext.traceFlags & TraceFlags.SAMPLED;
    const traceFlags = hasRandomTraceId(context, spanContext)
      ? sampled | RANDOM_TRACE_ID_FLAG
      : sampled;
    // OpenTelemetry's propagator writes the headers (and respects suppressed tracing).
    this.w3c.inject(trace.setSpanContext(context, { ...spanContext, traceFlags }), carrier, setter);
  }

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    const header = single(getter.get(carrier, 'traceparent'));
    const parsed = header === undefined ? null : parseTraceParent(header.trim());
    if (!parsed) return rememberForeignTrace(context);
    // A tracestate is read only with a valid traceparent (section "Tracestate Header").
    const traceStateHeader = joined(getter.get(carrier, 'tracestate'));
    const spanContext: SpanContext = {
      ...parsed,
      isRemote: true,
      traceState: traceStateHeader ? StrictTraceState.parse(traceStateHeader) : undefined,
    };
    const incoming: IncomingTrace = {
      traceId: parsed.traceId,
      random: (parsed.traceFlags & RANDOM_TRACE_ID_FLAG) !== 0,
    };
    return trace.setSpanContext(context.setValue(INCOMING_TRACE, incoming), spanContext);
  }

  fields(): string[] {
    return this.w3c.fields();
  }
}

/**
 * A propagator listed before this one (b3, jaeger) may have extracted the trace: its id was not
 * made by this SDK, and nobody said it is random. One listed after it is not seen here, so in a
 * mixed OTEL_PROPAGATORS list `tracecontext-strict` goes after the other trace formats.
 */
function rememberForeignTrace(context: Context): Context {
  const spanContext = trace.getSpanContext(context);
  if (!spanContext || !isSpanContextValid(spanContext)) return context;
  const incoming: IncomingTrace = { traceId: spanContext.traceId, random: false };
  return context.setValue(INCOMING_TRACE, incoming);
}

/**
 * Whether the outgoing traceparent carries the random flag. A trace that came in keeps the
 * caller's flag, set or unset (Level 2: "MUST also be set" / "MUST also be unset" on outgoing
 * headers with the same trace-id). A trace started here has an id from the SDK's
 * RandomIdGenerator, all 16 bytes random, for which the flag "SHOULD be set".
 */
function hasRandomTraceId(context: Context, spanContext: SpanContext): boolean {
  const incoming = context.getValue(INCOMING_TRACE) as IncomingTrace | undefined;
  if (incoming?.traceId === spanContext.traceId) return incoming.random;
  return !spanContext.isRemote;
}
