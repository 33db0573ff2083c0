import { startTelemetry } from '@app/telemetry/sdk';

// The gateway is the edge: it alone turns business headers into baggage (see the README).
startTelemetry({ serviceName: 'api-gateway', edge: true });
