import {
  collector,
  endpointPort,
  hostPort,
  jaeger,
  readText,
  scaleCompose,
  scrapeTargets,
  undefinedComponents,
} from './support/scale-stack';

// deploy/scale/collector.yaml: its pipelines are complete, its addresses are Compose services on
// the ports they listen on, its redaction does what the project's defaults say, and the metric
// name the scaling-out chapter queries is the one its settings produce.

const CHAPTER = readText('docs/course/11-scaling-out.md');
// One key per word of the project's redaction defaults, in the cases and places real keys use.
const SECRET_KEYS = [
  'password',
  'db.passwd',
  'client_secret',
  'x-auth-token',
  'http.request.header.authorization',
  'Cookie',
  'X-API-KEY',
  'api_key',
  'ApiKey',
  'aws.credentials',
];
const PLAIN_KEYS = ['business.client_id', 'http.route', 'db.statement', 'user.id'];

const exporters = collector.exporters as Record<string, Record<string, unknown>>;
const spanMetrics = collector.connectors?.span_metrics as {
  namespace: string;
  histogram: { unit: string };
};

/** The OTTL statements of the Collector's transform processor, each with its regex as JavaScript reads it. */
function transformRules(): { target: string; pattern: RegExp; replacement: string }[] {
  const transform = collector.processors?.['transform/redaction'] as {
    trace_statements: { statements: string[] }[];
  };
  const call = /^replace_(?:all_patterns|pattern)\((\S+?),(?: "value",)? "(.+)", "(.+)"\)$/;
  return transform.trace_statements.flatMap(({ statements }) =>
    statements.map((statement) => {
      const [, target, source, replacement] = call.exec(statement) ?? [];
      if (!target) throw new Error(`unexpected statement: ${statement}`);
      // OTTL string escapes (\\ is \), the config file's $$ (a literal $), Go's (?i) flag.
      const regex = source.replaceAll('\\\\', '\\').replaceAll('$$', '$');
      const caseless = regex.startsWith('(?i)');
      return {
        target,
        pattern: new RegExp(caseless ? regex.slice(4) : regex, caseless ? 'gi' : 'g'),
        replacement,
      };
    }),
  );
}

function redact(target: string, value: string): string {
  return transformRules()
    .filter((rule) => rule.target === target)
    .reduce((text, rule) => text.replace(rule.pattern, rule.replacement), value);
}

describe('deploy/scale/collector.yaml', () => {
  it('defines every receiver, processor, exporter, connector and extension it uses', () => {
    expect(undefinedComponents(collector)).toEqual([]);
  });

  it('feeds each connector from one pipeline into another', () => {
    const pipelines = Object.values(collector.service.pipelines);
    for (const connector of Object.keys(collector.connectors ?? {})) {
      expect(pipelines.some((p) => p.exporters?.includes(connector))).toBe(true);
      expect(pipelines.some((p) => p.receivers?.includes(connector))).toBe(true);
    }
  });

  it('runs memory_limiter first, then redaction, then its transform, on every span', () => {
    expect(collector.service.pipelines.traces).toEqual({
      receivers: ['otlp'],
      processors: ['memory_limiter', 'redaction', 'transform/redaction'],
      exporters: ['otlp_grpc/jaeger', 'span_metrics'],
    });
  });

  it("sends spans to Jaeger's OTLP gRPC receiver, by service name and port", () => {
    const jaegerOtlp = (jaeger.receivers?.otlp as { protocols: { grpc: unknown } }).protocols;

    expect(hostPort(exporters['otlp_grpc/jaeger'].endpoint as string)).toEqual({
      host: 'jaeger',
      port: endpointPort(jaegerOtlp.grpc),
    });
    expect(scaleCompose.services.jaeger).toBeDefined();
  });

  it('listens for OTLP on all interfaces, on the standard ports', () => {
    const otlp = (collector.receivers?.otlp as { protocols: Record<string, unknown> }).protocols;
    expect(
      Object.values(otlp).map((protocol) => hostPort((protocol as { endpoint: string }).endpoint)),
    ).toEqual([
      { host: '0.0.0.0', port: 4317 },
      { host: '0.0.0.0', port: 4318 },
    ]);
  });

  it('masks the value of every key the project treats as secret, and of no other', () => {
    const redaction = collector.processors?.redaction as {
      allow_all_keys: boolean;
      blocked_key_patterns: string[];
    };
    const patterns = redaction.blocked_key_patterns.map(
      (pattern) =>
        new RegExp(pattern.replace(/^\(\?i\)/, ''), pattern.startsWith('(?i)') ? 'i' : ''),
    );

    expect(redaction.allow_all_keys).toBe(true); // otherwise every other attribute is deleted
    for (const key of SECRET_KEYS)
      expect({ key, masked: patterns.some((p) => p.test(key)) }).toEqual({ key, masked: true });
    for (const key of PLAIN_KEYS)
      expect({ key, masked: patterns.some((p) => p.test(key)) }).toEqual({ key, masked: false });
  });

  it.each(['resource.attributes', 'span.attributes', 'spanevent.attributes'])(
    'writes the redaction processor mask as [REDACTED] and scrubs e-mails and bearer tokens in %s',
    (target) => {
      expect(redact(target, '****')).toBe('[REDACTED]');
      expect(redact(target, 'no user ana.silva@example.com (Bearer eyJhb.c2ln-_x~+/==)')).toBe(
        'no user [REDACTED_EMAIL] (Bearer [REDACTED])',
      );
      expect(redact(target, 'authorization: bearer abc123')).toBe(
        'authorization: Bearer [REDACTED]',
      );
      expect(redact(target, 'email=ana.silva%40example.com&x=1')).toBe(
        'email=[REDACTED_EMAIL]&x=1',
      );
      expect(redact(target, 'GET /users/123')).toBe('GET /users/123');
    },
  );

  it('scrubs e-mails and bearer tokens in a failed span status message too', () => {
    expect(redact('span.status.message', 'Bearer t0k3n rejected for bob@example.org')).toBe(
      'Bearer [REDACTED] rejected for [REDACTED_EMAIL]',
    );
  });

  it("serves span metrics on the port Prometheus scrapes, named as the scaling-out chapter's p99 query reads them", () => {
    const prometheusExporter = exporters.prometheus as {
      endpoint: string;
      translation_strategy: string;
    };
    const unitSuffix: Record<string, string> = { ms: 'milliseconds', s: 'seconds' };
    const bucket = `${spanMetrics.namespace.replaceAll('.', '_')}_duration_${unitSuffix[spanMetrics.histogram.unit]}_bucket`;

    expect(prometheusExporter.translation_strategy).toBe('UnderscoreEscapingWithSuffixes');
    expect(hostPort(prometheusExporter.endpoint)).toEqual({ host: '0.0.0.0', port: 8889 });
    expect(scrapeTargets('span-metrics')).toEqual(['otel-collector:8889']);
    expect(CHAPTER).toContain(
      `histogram_quantile(0.99, sum by (le, service_name, span_name) (rate(${bucket}[5m])))`,
    );
  });

  it('serves its own metrics where Prometheus scrapes them', () => {
    const reader = collector.service.telemetry?.metrics?.readers?.[0].pull?.exporter?.prometheus;
    expect(reader).toEqual({ host: '0.0.0.0', port: 8888 });
    expect(scrapeTargets('otel-collector')).toEqual([`otel-collector:${reader?.port}`]);
  });
});
