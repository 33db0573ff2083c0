import { startTelemetry } from '@app/telemetry/sdk';

startTelemetry({ serviceName: 'database-service' });
