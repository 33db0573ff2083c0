import { diag } from '@opentelemetry/api';
import { getStringFromEnv, getStringListFromEnv } from '@opentelemetry/core';

/**
 * What a list variable such as `OTEL_TRACES_EXPORTER` names, each built by its entry in
 * `factories`, as the specification reads them: duplicates once, `none` anywhere means none, an
 * unknown name is warned about and skipped.
 */
export function fromExporterList<T>(
  variable: string,
  defaults: readonly string[],
  factories: Readonly<Record<string, () => T>>,
): T[] {
  const names = [...new Set(getStringListFromEnv(variable) ?? defaults)];
  if (names.includes('none')) return [];
  return names.flatMap((name) => {
    const create = factories[name];
    if (!create) {
      diag.warn(`Unrecognized ${variable} value "${name}" ignored.`);
      return [];
    }
    return [create()];
  });
}

/** One OTLP exporter class per protocol, for one signal. */
export interface OtlpExporters<T> {
  'http/protobuf': () => T;
  'http/json': () => T;
  grpc: () => T;
}

/**
 * The OTLP exporter for `signal` by `OTEL_EXPORTER_OTLP_<SIGNAL>_PROTOCOL`, else
 * `OTEL_EXPORTER_OTLP_PROTOCOL`, else http/protobuf (the specification's default).
 */
export function otlpExporterFromEnv<T>(signal: 'TRACES' | 'LOGS', exporters: OtlpExporters<T>): T {
  const protocol =
    getStringFromEnv(`OTEL_EXPORTER_OTLP_${signal}_PROTOCOL`) ??
    getStringFromEnv('OTEL_EXPORTER_OTLP_PROTOCOL') ??
    'http/protobuf';
  if (protocol in exporters) return exporters[protocol as keyof OtlpExporters<T>]();
  diag.warn(`Unsupported OTLP protocol "${protocol}", using http/protobuf.`);
  return exporters['http/protobuf']();
}
