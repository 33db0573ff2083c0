// The deep path: the package's index loads decorated classes, which need reflect-metadata first.
import { PLACED_ORDERS_PATH } from '@app/contracts/database/placed-order.dto';
import { startTelemetry } from '@app/telemetry/sdk';

// The reconciler's reads come every few seconds: untraced, like health checks.
startTelemetry({ serviceName: 'database-service', untracedPaths: [PLACED_ORDERS_PATH] });
