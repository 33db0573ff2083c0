import { startTelemetry } from '@app/telemetry/sdk';

startTelemetry({ serviceName: 'order-service' });
