import {
  HttpStatus,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DatabaseServiceClient, InventoryServiceClient } from '@app/clients';
import {
  FIRST_PLACED_ORDER_ID,
  type OrderReservationDto,
  type PlacedOrderDto,
} from '@app/contracts';
import { DownstreamError } from '@app/service-kit';
import {
  ATTR_ORDER_ID,
  ATTR_ORDER_QUANTITY,
  ATTR_RECONCILE_ORDERS_WITHOUT_STOCK,
  ATTR_RECONCILE_STOCK_WITHOUT_ORDER,
  Span,
  TraceService,
} from '@app/telemetry';
import type { OrderEnv } from '../config/order.env';
import { type OrphanPlan, planReconciliation } from './orphan-plan';
import { SagaRecordsReader } from './saga-records.reader';

/** Orders the reconciler reads per pass from each side. */
const PAGE_SIZE = 1_000;

/**
 * Makes every order's saga whole after a crash or a lost answer. An order is a row in
 * database-service plus the stock inventory-service holds for it; placing one writes the row,
 * then takes the stock, and deletes the row when the stock cannot be had. A kill between the two
 * (of order-service, or of a hop after it did the work but before it answered), or a call that
 * timed out yet went through, leaves one half without the other. Every few seconds this compares
 * the two, past a grace period that outlasts any saga still running, and repairs what it finds:
 * an order row without its stock is deleted (the caller was never told it succeeded), stock held
 * for no order is released. Repairs are traced, as `order-service.reconcile`; passes that find
 * nothing make no spans.
 */
@Injectable()
export class OrderReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderReconciler.name);
  private readonly intervalMs: number;
  private readonly graceMs: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  /** Order ids up to this one are settled. Kept in memory: a restart re-reads from the start. */
  private settledThrough = FIRST_PLACED_ORDER_ID - 1;
  private lastReadFailure?: string;

  constructor(
    private readonly reader: SagaRecordsReader,
    private readonly database: DatabaseServiceClient,
    private readonly inventory: InventoryServiceClient,
    private readonly traceService: TraceService,
    config: ConfigService<OrderEnv, true>,
  ) {
    this.intervalMs = config.get('RECONCILE_INTERVAL_MS', { infer: true });
    this.graceMs =
      config.get('RECONCILE_GRACE_MS', { infer: true }) ??
      3 * config.get('DOWNSTREAM_TIMEOUT_MS', { infer: true });
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.pass().finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One comparison of a page of each side, with its repairs. Never throws. */
  async pass(nowMs = Date.now()): Promise<OrphanPlan | undefined> {
    const after = this.settledThrough;
    let plan: OrphanPlan;
    try {
      const [orders, reservations] = await Promise.all([
        this.reader.placedOrders(after, PAGE_SIZE),
        this.reader.reservations(after, PAGE_SIZE),
      ]);
      plan = planReconciliation({
        after,
        limit: PAGE_SIZE,
        orders,
        reservations,
        cutoffMs: nowMs - this.graceMs,
      });
      if (this.lastReadFailure) this.logger.log('Reconciliation resumed: both stores answer');
      this.lastReadFailure = undefined;
    } catch (error) {
      // A hop that is down is the usual reason, and the next pass tries again: say it once.
      const reason = error instanceof Error ? error.message : String(error);
      if (reason !== this.lastReadFailure) this.logger.warn(`Reconciliation waits: ${reason}`);
      this.lastReadFailure = reason;
      return undefined;
    }
    const unrepaired =
      plan.ordersWithoutStock.length + plan.stockWithoutOrder.length > 0
        ? await this.repair(plan)
        : [];
    this.settledThrough = Math.min(plan.settledThrough, ...unrepaired.map((id) => id - 1));
    return plan;
  }

  /** Repairs every orphan of `plan` in one trace; returns the order ids it could not repair. */
  @Span('order-service.reconcile', (plan: OrphanPlan) => ({
    attributes: {
      [ATTR_RECONCILE_ORDERS_WITHOUT_STOCK]: plan.ordersWithoutStock.length,
      [ATTR_RECONCILE_STOCK_WITHOUT_ORDER]: plan.stockWithoutOrder.length,
    },
  }))
  private async repair(plan: OrphanPlan): Promise<number[]> {
    const unrepaired: number[] = [];
    for (const row of plan.ordersWithoutStock) {
      if (!(await this.deleteOrphanRow(row))) unrepaired.push(row.id);
    }
    for (const reservation of plan.stockWithoutOrder) {
      if (!(await this.releaseOrphanStock(reservation))) unrepaired.push(reservation.order_id);
    }
    return unrepaired;
  }

  private async deleteOrphanRow(row: PlacedOrderDto): Promise<boolean> {
    const span = this.traceService.getSpan();
    try {
      await this.database.deleteOrder(row.id);
    } catch (error) {
      // Gone already (a compensation got there first) is what was wanted.
      if (!DownstreamError.isAnswer(error, DatabaseServiceClient.hop, HttpStatus.NOT_FOUND)) {
        this.logger.warn(`Order ${row.id} holds no stock and could not be deleted yet`);
        return false;
      }
    }
    span?.addEvent('Order without stock deleted', {
      [ATTR_ORDER_ID]: row.id,
      [ATTR_ORDER_QUANTITY]: row.quantity,
    });
    this.logger.warn(`Order ${row.id} held no stock (its saga was cut short): row deleted`);
    return true;
  }

  private async releaseOrphanStock(reservation: OrderReservationDto): Promise<boolean> {
    try {
      const { released } = await this.inventory.release(reservation.order_id);
      this.traceService.getSpan()?.addEvent('Stock without order released', {
        [ATTR_ORDER_ID]: reservation.order_id,
        [ATTR_ORDER_QUANTITY]: released,
      });
      this.logger.warn(
        `Order ${reservation.order_id} has no row but held ${released} units: released`,
      );
      return true;
    } catch {
      this.logger.warn(`Stock held for missing order ${reservation.order_id} not released yet`);
      return false;
    }
  }
}
