import { SpanKind } from '@opentelemetry/api';
import type { SpanKindName } from './trace-span.types';

/**
 * The span-kind table: for each OpenTelemetry SpanKind, the lower-case name Jaeger's `span.kind`
 * tag gives it and its number on the OTLP wire (`opentelemetry.proto.trace.v1.Span.SpanKind`,
 * which starts at 1 because 0 means unspecified).
 */
const SPAN_KINDS: Readonly<Record<SpanKind, { name: SpanKindName; otlp: number }>> = {
  [SpanKind.INTERNAL]: { name: 'internal', otlp: 1 },
  [SpanKind.SERVER]: { name: 'server', otlp: 2 },
  [SpanKind.CLIENT]: { name: 'client', otlp: 3 },
  [SpanKind.PRODUCER]: { name: 'producer', otlp: 4 },
  [SpanKind.CONSUMER]: { name: 'consumer', otlp: 5 },
};

const ALL = (Object.keys(SPAN_KINDS) as `${SpanKind}`[]).map((key) => Number(key) as SpanKind);
const BY_NAME = new Map(ALL.map((kind) => [SPAN_KINDS[kind].name, kind]));
const BY_OTLP = new Map(ALL.map((kind) => [SPAN_KINDS[kind].otlp, kind]));

/** The OTLP wire number of an unspecified span kind. */
export const OTLP_SPAN_KIND_UNSPECIFIED = 0;

/** The OTLP/JSON enum names (`SPAN_KIND_SERVER`, ...) with their wire numbers. */
export const OTLP_SPAN_KIND_NAMES: Readonly<Record<string, number>> = Object.fromEntries([
  ['SPAN_KIND_UNSPECIFIED', OTLP_SPAN_KIND_UNSPECIFIED] as const,
  ...ALL.map(
    (kind) => [`SPAN_KIND_${SPAN_KINDS[kind].name.toUpperCase()}`, SPAN_KINDS[kind].otlp] as const,
  ),
]);

/** Jaeger's `span.kind` name of a span kind. */
export function spanKindName(kind: SpanKind): SpanKindName {
  return SPAN_KINDS[kind].name;
}

/** The span kind a Jaeger `span.kind` tag names ("server", ...); undefined for any other text. */
export function spanKindFromName(name: string): SpanKind | undefined {
  return BY_NAME.get(name as SpanKindName);
}

/** The span kind of an OTLP wire number; undefined for 0 (unspecified) and unknown numbers. */
export function spanKindFromOtlp(value: number): SpanKind | undefined {
  return BY_OTLP.get(value);
}

/** The OTLP wire number of a span kind; 0 (unspecified) for undefined. */
export function spanKindToOtlp(kind: SpanKind | undefined): number {
  return kind === undefined ? OTLP_SPAN_KIND_UNSPECIFIED : SPAN_KINDS[kind].otlp;
}
