import { startTelemetry } from '@app/telemetry/sdk';

startTelemetry({ serviceName: 'user-service' });
