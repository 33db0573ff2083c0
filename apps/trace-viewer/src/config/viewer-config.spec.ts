import { DEFAULT_VIEWER_CONFIG, loadViewerConfig } from './viewer-config';

describe(loadViewerConfig.name, () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadViewerConfig({})).toEqual(DEFAULT_VIEWER_CONFIG);
  });

  it('reads every variable', () => {
    expect(
      loadViewerConfig({
        TRACE_VIEWER_HOST: '0.0.0.0',
        TRACE_VIEWER_OTLP_PORT: '24318',
        TRACE_VIEWER_JAEGER_PORT: '24268',
        TRACE_VIEWER_QUERY_PORT: '26686',
        TRACE_VIEWER_MAX_SPANS: '500',
        TRACE_VIEWER_RETENTION: '30m',
        TRACE_VIEWER_MAX_BODY_BYTES: '1024',
      }),
    ).toEqual({
      host: '0.0.0.0',
      otlpPort: 24318,
      jaegerPort: 24268,
      queryPort: 26686,
      maxSpans: 500,
      retentionMicros: 1_800_000_000,
      maxBodyBytes: 1024,
    });
  });

  it('names every bad variable at once', () => {
    const load = () =>
      loadViewerConfig({
        TRACE_VIEWER_OTLP_PORT: 'abc',
        TRACE_VIEWER_QUERY_PORT: '70000',
        TRACE_VIEWER_MAX_SPANS: '0',
        TRACE_VIEWER_RETENTION: 'forever',
      });
    for (const name of [
      'TRACE_VIEWER_OTLP_PORT',
      'TRACE_VIEWER_QUERY_PORT',
      'TRACE_VIEWER_MAX_SPANS',
      'TRACE_VIEWER_RETENTION',
    ]) {
      expect(load).toThrow(name);
    }
  });
});
