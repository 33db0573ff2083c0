import { DEFAULT_VIEWER_CONFIG, loadViewerConfig } from './viewer-config';

describe(loadViewerConfig.name, () => {
  it('uses the defaults when nothing is set', () => {
    expect(DEFAULT_VIEWER_CONFIG).toEqual({
      host: '127.0.0.1',
      otlpPort: 4318,
      jaegerPort: 14268,
      queryPort: 16686,
      maxSpans: 1_000_000,
      maxLogRecords: 200_000,
      retentionMs: 3_600_000,
      maxBodyBytes: 16 * 1024 * 1024,
      logLevel: 'log',
    });
  });

  it('reads every variable', () => {
    expect(
      loadViewerConfig({
        TRACE_VIEWER_HOST: '0.0.0.0',
        TRACE_VIEWER_OTLP_PORT: '24318',
        TRACE_VIEWER_JAEGER_PORT: '24268',
        TRACE_VIEWER_QUERY_PORT: '26686',
        TRACE_VIEWER_MAX_SPANS: '500',
        TRACE_VIEWER_MAX_LOG_RECORDS: '300',
        TRACE_VIEWER_RETENTION: '1h30m',
        TRACE_VIEWER_MAX_BODY_BYTES: '1024',
        LOG_LEVEL: 'debug',
      }),
    ).toEqual({
      host: '0.0.0.0',
      otlpPort: 24318,
      jaegerPort: 24268,
      queryPort: 26686,
      maxSpans: 500,
      maxLogRecords: 300,
      retentionMs: 5_400_000,
      maxBodyBytes: 1024,
      logLevel: 'debug',
    });
  });

  it('takes an empty variable as unset', () => {
    expect(loadViewerConfig({ TRACE_VIEWER_OTLP_PORT: '', TRACE_VIEWER_HOST: '' })).toEqual(
      DEFAULT_VIEWER_CONFIG,
    );
  });

  it('names every bad variable at once', () => {
    const load = () =>
      loadViewerConfig({
        TRACE_VIEWER_OTLP_PORT: 'abc',
        TRACE_VIEWER_QUERY_PORT: '70000',
        TRACE_VIEWER_MAX_SPANS: '0',
        TRACE_VIEWER_MAX_LOG_RECORDS: '-1',
        TRACE_VIEWER_RETENTION: 'forever',
      });
    for (const name of [
      'TRACE_VIEWER_OTLP_PORT',
      'TRACE_VIEWER_QUERY_PORT',
      'TRACE_VIEWER_MAX_SPANS',
      'TRACE_VIEWER_MAX_LOG_RECORDS',
      'TRACE_VIEWER_RETENTION',
    ]) {
      expect(load).toThrow(name);
    }
  });

  it.each(['10', '1h foo', '-5m', '0'])('refuses the retention %p', (retention) => {
    expect(() => loadViewerConfig({ TRACE_VIEWER_RETENTION: retention })).toThrow(
      'TRACE_VIEWER_RETENTION',
    );
  });
});
