import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { DownstreamClient } from '@app/service-kit';
import { InventoryServiceClient } from './inventory-service.client';

describe(InventoryServiceClient.name, () => {
  const downstream = { request: jest.fn() };
  let client: InventoryServiceClient;

  beforeEach(async () => {
    downstream.request.mockReset();
    const moduleRef = await Test.createTestingModule({
      providers: [
        InventoryServiceClient,
        { provide: DownstreamClient, useValue: downstream },
        {
          provide: ConfigService,
          useValue: new ConfigService({ INVENTORY_SERVICE_URL: 'http://inventory.test:18204' }),
        },
      ],
    }).compile();
    client = moduleRef.get(InventoryServiceClient);
  });

  it('posts the stock request to /inventory/check', async () => {
    const check = { product_id: 1, requested: 2, available: 100, sufficient: true };
    downstream.request.mockResolvedValue(check);

    await expect(client.check({ product_id: 1, quantity: 2 })).resolves.toEqual(check);
    expect(downstream.request).toHaveBeenCalledWith('inventory-service', {
      method: 'POST',
      baseURL: 'http://inventory.test:18204',
      url: '/inventory/check',
      data: { product_id: 1, quantity: 2 },
    });
  });

  it('posts the stock request to /inventory/reserve', async () => {
    const reservation = { product_id: 1, reserved: 2, remaining: 98 };
    downstream.request.mockResolvedValue(reservation);

    await expect(client.reserve({ product_id: 1, quantity: 2 })).resolves.toEqual(reservation);
    expect(downstream.request).toHaveBeenCalledWith('inventory-service', {
      method: 'POST',
      baseURL: 'http://inventory.test:18204',
      url: '/inventory/reserve',
      data: { product_id: 1, quantity: 2 },
    });
  });
});
