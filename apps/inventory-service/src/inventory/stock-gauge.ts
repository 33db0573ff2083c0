import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ATTR_PRODUCT_ID, METRIC_INVENTORY_STOCK, MetricService } from '@app/telemetry';
import { StockLedger } from './stock-ledger';

/**
 * Units on hand per product as an observable gauge `inventory.stock`: read from the ledger when
 * the metrics are collected (a scrape of /metrics), so it costs nothing per request.
 */
@Injectable()
export class StockGauge implements OnModuleInit {
  constructor(
    private readonly ledger: StockLedger,
    private readonly metrics: MetricService,
  ) {}

  onModuleInit(): void {
    this.metrics
      .getObservableGauge(METRIC_INVENTORY_STOCK, {
        unit: '{unit}',
        description: 'Units on hand, per product.',
      })
      .addCallback((result) => {
        for (const { product_id: productId, available: units } of this.ledger.snapshot()) {
          result.observe(units, { [ATTR_PRODUCT_ID]: productId });
        }
      });
  }
}
