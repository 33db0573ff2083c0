import { startTelemetry } from '@app/telemetry/sdk';

startTelemetry({ serviceName: 'api-gateway' });
