// The viewer deliberately does NOT start the OpenTelemetry SDK: tracing its own HTTP handlers would
// export spans into itself on every ingest, an endless feedback loop of self-traces.
import { Logger } from '@nestjs/common';
import { loadViewerConfig } from './config/viewer-config';
import { startViewer } from './viewer';

async function bootstrap(): Promise<void> {
  const config = loadViewerConfig(process.env);
  const viewer = await startViewer(config);
  const logger = new Logger('TraceViewer');
  const otlp = `http://${config.host}:${viewer.otlpPort}`;
  logger.log(`OTLP/HTTP on ${otlp}/v1/traces and ${otlp}/v1/logs`);
  logger.log(`Jaeger Thrift on http://${config.host}:${viewer.jaegerPort}/api/traces`);
  logger.log(`Query API and UI on http://${config.host}:${viewer.queryPort}/`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
