import { startTelemetry } from '@app/telemetry/sdk';

startTelemetry({ serviceName: 'inventory-service' });
