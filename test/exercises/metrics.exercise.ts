import { FIVE_SERVICES } from './support/span-assertions';
import { type ExerciseStack, startExerciseStack } from './support/exercise-stack';
import type { RecordedMetric } from '../support/otlp-metrics.types';

/**
 * Exercise 2: with OTEL_METRICS_EXPORTER=otlp every service exports OpenTelemetry metrics: the
 * HTTP instrumentation's `http.server.request.duration` histogram, and inventory-service a
 * counter `inventory.units_reserved` of the units it reserved, per `product.id`. Without the
 * variable no service exports metrics (the built-in viewer stores traces only).
 */

function histogramCount(metrics: readonly RecordedMetric[], service: string, name: string) {
  // Cumulative temporality: the last export holds the running total.
  const last = metrics.filter((m) => m.serviceName === service && m.metric.name === name).at(-1);
  return (last?.metric.histogram?.dataPoints ?? []).reduce(
    (total, point) => total + Number(point.count ?? 0),
    0,
  );
}

function counterValue(
  metrics: readonly RecordedMetric[],
  service: string,
  name: string,
  productId: number,
): number | undefined {
  const last = metrics.filter((m) => m.serviceName === service && m.metric.name === name).at(-1);
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
      const count = histogramCount(
        stack.recorder.metrics(),
        service,
        'http.server.request.duration',
      );
      expect({ service, requests: count > 0 }).toEqual({ service, requests: true });
    });

    it('inventory-service counts the units it reserved per product', () => {
      const metrics = stack.recorder.metrics();
      const counter = metrics.find(
        (m) =>
          m.serviceName === 'inventory-service' && m.metric.name === 'inventory.units_reserved',
      );
      expect(counter?.metric.sum?.isMonotonic).toBe(true);
      expect(counterValue(metrics, 'inventory-service', 'inventory.units_reserved', 2)).toBe(7);
      expect(counterValue(metrics, 'inventory-service', 'inventory.units_reserved', 3)).toBe(1);
    });
  });

  describe('without OTEL_METRICS_EXPORTER', () => {
    let stack: ExerciseStack;

    beforeAll(async () => {
      stack = await startExerciseStack({ env: { OTEL_METRIC_EXPORT_INTERVAL: '1000' } });
      await placeOrders(stack);
      await stack.stop();
    });

    afterAll(() => stack?.stop());

    it('exports no metrics', () => {
      expect(stack.recorder.metrics()).toEqual([]);
    });
  });
});
