export { startTelemetry } from './start-telemetry';
export type { TelemetryStartOptions } from './start-telemetry';
