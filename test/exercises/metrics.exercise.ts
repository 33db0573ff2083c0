import { FIVE_SERVICES } from './support/span-assertions';
import { type ExerciseStack, startExerciseStack } from './support/exercise-stack';
import type { RecordedMetric } from '../support/otlp-metrics.types';
import { histogramCount, sampleValue, type Scrape, scrape } from '../support/prometheus-scrape';

/**
 * Exercise 2: every service already serves the HTTP duration histograms at GET /metrics. Add a
 * business metric: inventory-service counts the units it reserved, per product, in a counter
 * `inventory.units_reserved` (attribute `product.id`), read in Prometheus text at its /metrics
 * and, with OTEL_METRICS_EXPORTER=otlp, exported over OTLP like every other metric.
 */

function otlpCounterValue(
  metrics: readonly RecordedMetric[],
  productId: number,
): number | undefined {
  // Cumulative temporality: the last export holds the running total.
  const last = metrics
    .filter(
      (m) => m.serviceName === 'inventory-service' && m.metric.name === 'inventory.units_reserved',
    )
    .at(-1);
  const point = last?.metric.sum?.dataPoints?.find((candidate) =>
    candidate.attributes?.some(
      (kv) =>
        kv.key === 'product.id' && Number(kv.value.intValue ?? kv.value.doubleValue) === productId,
    ),
  );
  return point === undefined ? undefined : Number(point.asInt ?? point.asDouble);
}

async function placeOrders(stack: ExerciseStack): Promise<void> {
  const gateway = stack.url('api-gateway');
  for (const [product, quantity] of [
    [2, 3],
    [2, 4],
    [3, 1],
  ]) {
    const response = await fetch(
      `${gateway}/orders?user_id=123&product_id=${product}&quantity=${quantity}`,
      { method: 'POST' },
    );
    expect(response.status).toBe(201);
  }
}

describe('exercise: metrics', () => {
  describe('at GET /metrics (the default, OTEL_METRICS_EXPORTER=prometheus)', () => {
    let stack: ExerciseStack;
    let inventory: Scrape;

    beforeAll(async () => {
      stack = await startExerciseStack();
      await placeOrders(stack);
      inventory = await scrape(stack.url('inventory-service'));
      await stack.stop();
    });

    afterAll(() => stack?.stop());

    it('inventory-service answered the six calls of three orders', () => {
      expect(histogramCount(inventory, 'http_server_request_duration')).toBe(6);
    });

    it('inventory-service counts the units it reserved per product', () => {
      const counter = inventory.families.find(
        (family) => family.name === 'inventory_units_reserved_total',
      );
      expect(counter?.type).toBe('COUNTER');
      expect(sampleValue(inventory, 'inventory_units_reserved_total', { product_id: '2' })).toBe(7);
      expect(sampleValue(inventory, 'inventory_units_reserved_total', { product_id: '3' })).toBe(1);
    });
  });

  describe('with OTEL_METRICS_EXPORTER=otlp', () => {
    let stack: ExerciseStack;

    beforeAll(async () => {
      stack = await startExerciseStack({
        env: { OTEL_METRICS_EXPORTER: 'otlp', OTEL_METRIC_EXPORT_INTERVAL: '1000' },
      });
      await placeOrders(stack);
      // Stopping makes every service export its metrics one last time.
      await stack.stop();
    });

    afterAll(() => stack?.stop());

    it.each(FIVE_SERVICES)('%s exports http.server.request.duration', (service) => {
      const exported = stack.recorder
        .metrics()
        .some((m) => m.serviceName === service && m.metric.name === 'http.server.request.duration');
      expect({ service, exported }).toEqual({ service, exported: true });
    });

    it('inventory-service exports the counter, monotonic, with the same totals', () => {
      const metrics = stack.recorder.metrics();
      const counter = metrics.find(
        (m) =>
          m.serviceName === 'inventory-service' && m.metric.name === 'inventory.units_reserved',
      );
      expect(counter?.metric.sum?.isMonotonic).toBe(true);
      expect(otlpCounterValue(metrics, 2)).toBe(7);
      expect(otlpCounterValue(metrics, 3)).toBe(1);
    });
  });
});
