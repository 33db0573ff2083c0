import { Test } from '@nestjs/testing';
import { SpanStatusCode } from '@opentelemetry/api';
import { OpenTelemetryModule } from 'nestjs-otel';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { InsufficientStockError } from './insufficient-stock.error';
import { InventoryService } from './inventory.service';
import { StockLedger } from './stock-ledger';

describe(InventoryService.name, () => {
  const tracing = useInMemoryTracing();
  let service: InventoryService;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [OpenTelemetryModule.forRoot()],
      providers: [InventoryService, StockLedger],
    }).compile();
    service = moduleRef.get(InventoryService);
  });

  it('checks stock inside an inventory-service.check span with its attributes and events', () => {
    expect(service.check({ product_id: 1, quantity: 5 })).toEqual({
      product_id: 1,
      requested: 5,
      available: 100,
      sufficient: true,
    });
    const span = tracing.span('inventory-service.check');
    expect(span.attributes).toEqual({
      'product.id': 1,
      'order.quantity': 5,
      'inventory.available': 100,
    });
    expect(span.events.map((event) => event.name)).toEqual([
      'Stock lookup started',
      'Stock lookup completed',
    ]);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('answers insufficient without failing when asking for more than is on hand', () => {
    expect(service.check({ product_id: 5, quantity: 4 }).sufficient).toBe(false);
    expect(tracing.span('inventory-service.check').status.code).toBe(SpanStatusCode.UNSET);
  });

  it('reserves stock and records the remaining units', () => {
    expect(service.reserve({ product_id: 2, quantity: 10 })).toEqual({
      product_id: 2,
      reserved: 10,
      remaining: 40,
    });
    const span = tracing.span('inventory-service.reserve');
    expect(span.attributes['inventory.remaining']).toBe(40);
    expect(span.events.map((event) => event.name)).toEqual(['Stock reserved']);
  });

  it('records a refused reservation as an exception on its span', () => {
    expect(() => service.reserve({ product_id: 5, quantity: 4 })).toThrow(InsufficientStockError);
    const span = tracing.span('inventory-service.reserve');
    expect(span.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'Not enough stock for product 5: requested 4, available 3',
    });
    expect(span.events.map((event) => [event.name, event.attributes?.['exception.type']])).toEqual([
      ['exception', 'InsufficientStockError'],
    ]);
  });
});
