// The viewer deliberately does NOT start the OpenTelemetry SDK: tracing its own HTTP handlers would
// export spans into itself on every ingest, an endless feedback loop of self-traces.
import { Logger } from '@nestjs/common';
import { loadViewerConfig } from './config/viewer-config';
import { startViewer } from './viewer';

async function bootstrap(): Promise<void> {
  const config = loadViewerConfig(process.env);
  const viewer = await startViewer(config);
  const url = (port: number) => `http://${config.host}:${port}`;
  new Logger('TraceViewer').log(
    `Listening on ${url(viewer.queryPort)} (UI and query API), OTLP/HTTP on ${url(viewer.otlpPort)}, ` +
      `Jaeger Thrift on ${url(viewer.jaegerPort)}`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
