import type {
  JaegerKeyValue,
  JaegerLog,
  JaegerReference,
  JaegerSpan,
  JaegerTrace,
} from '@tools/trace-model';
import type { ProcessInfo } from '../../model/process-info';
import { RefType, SpanOrigin, type StoredLink, type StoredSpan } from '../../model/stored-span';
import type { StoredTrace } from '../../model/stored-trace';
import { jaegerTraceId } from '../jaeger-trace-id';
import { attrsToKvs, spanTags } from '../span-tags';

function reference(link: StoredLink): JaegerReference {
  return {
    refType: link.refType === RefType.ChildOf ? 'CHILD_OF' : 'FOLLOWS_FROM',
    traceID: jaegerTraceId(link.traceId),
    spanID: link.spanId,
  };
}

/** Parent first as CHILD_OF, then links (a link to the parent only overrides its type). */
function references(span: StoredSpan, traceId: string): JaegerReference[] {
  if (span.origin === SpanOrigin.JaegerThrift) return (span.links ?? []).map(reference);
  const refs: JaegerReference[] = [];
  if (span.parentSpanId) {
    refs.push({ refType: 'CHILD_OF', traceID: jaegerTraceId(traceId), spanID: span.parentSpanId });
  }
  for (const link of span.links ?? []) {
    if (span.parentSpanId && link.traceId === traceId && link.spanId === span.parentSpanId) {
      refs[0].refType = link.refType === RefType.ChildOf ? 'CHILD_OF' : 'FOLLOWS_FROM';
      continue;
    }
    refs.push(reference(link));
  }
  return refs;
}

function logs(span: StoredSpan): JaegerLog[] {
  return (span.events ?? []).map((event) => {
    const fields: JaegerKeyValue[] = [];
    const hasEventAttr = event.attrs.some((value, i) => i % 3 === 0 && value === 'event');
    if (event.name && !hasEventAttr)
      fields.push({ key: 'event', type: 'string', value: event.name });
    attrsToKvs(event.attrs, fields);
    return { timestamp: event.timeUs, fields };
  });
}

/** Converts a stored trace to the JSON the Jaeger UI reads from /api/traces. */
export function toJaegerTrace(trace: StoredTrace): JaegerTrace {
  const processIds = new Map<ProcessInfo, string>();
  const processes: JaegerTrace['processes'] = {};
  const traceID = jaegerTraceId(trace.traceId);
  const spans = trace.spans.map((span): JaegerSpan => {
    let processID = processIds.get(span.process);
    if (!processID) {
      processID = `p${processIds.size + 1}`;
      processIds.set(span.process, processID);
      processes[processID] = {
        serviceName: span.process.serviceName,
        tags: attrsToKvs(span.process.tags),
      };
    }
    // Jaeger keeps Thrift flags; the OTLP translator leaves them 0, which its JSON omits.
    const flags = span.origin === SpanOrigin.JaegerThrift && span.flags !== 0 ? span.flags : 0;
    return {
      traceID,
      spanID: span.spanId,
      ...(flags ? { flags } : {}),
      operationName: span.operationName,
      references: references(span, trace.traceId),
      startTime: span.startUs,
      duration: span.durationUs,
      tags: spanTags(span),
      logs: logs(span),
      processID,
      warnings: null,
    };
  });
  return { traceID, spans, processes, warnings: null };
}
