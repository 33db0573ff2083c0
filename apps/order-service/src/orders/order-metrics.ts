import { Injectable } from '@nestjs/common';
import type { Counter } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import type { NewOrderDto } from '@app/contracts';
import { DomainError } from '@app/service-kit';
import {
  ATTR_PRODUCT_ID,
  METRIC_ORDERS_PLACED,
  METRIC_ORDERS_REFUSED,
  MetricService,
} from '@app/telemetry';

/**
 * The business side of order-service in numbers: orders placed, and orders refused for a domain
 * reason (out of stock, unknown user or product) by `error.type`. A failure of a downstream hop
 * is not a refusal: the HTTP duration histograms count those by status code.
 */
@Injectable()
export class OrderMetrics {
  private readonly placedCounter: Counter;
  private readonly refusedCounter: Counter;

  constructor(metrics: MetricService) {
    this.placedCounter = metrics.getCounter(METRIC_ORDERS_PLACED, {
      unit: '{order}',
      description: 'Orders placed.',
    });
    this.refusedCounter = metrics.getCounter(METRIC_ORDERS_REFUSED, {
      unit: '{order}',
      description: 'Orders refused, by the domain error that refused them.',
    });
  }

  placed(order: NewOrderDto): void {
    this.placedCounter.add(1, { [ATTR_PRODUCT_ID]: order.product_id });
  }

  /** Counts `error` if it is a refusal; anything else is left to the error's own telemetry. */
  failed(order: NewOrderDto, error: unknown): void {
    if (!(error instanceof DomainError)) return;
    this.refusedCounter.add(1, {
      [ATTR_PRODUCT_ID]: order.product_id,
      [ATTR_ERROR_TYPE]: error.name,
    });
  }
}
