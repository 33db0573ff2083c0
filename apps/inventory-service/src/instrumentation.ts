// The deep path: the package's index loads decorated classes, which need reflect-metadata first.
import { RESERVATIONS_PATH } from '@app/contracts/inventory/order-reservation.dto';
import { startTelemetry } from '@app/telemetry/sdk';

// The reconciler's reads come every few seconds: untraced, like health checks.
startTelemetry({ serviceName: 'inventory-service', untracedPaths: [RESERVATIONS_PATH] });
