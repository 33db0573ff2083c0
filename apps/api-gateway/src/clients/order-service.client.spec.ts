import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { DownstreamClient } from '@app/service-kit';
import { OrderServiceClient } from './order-service.client';

describe(OrderServiceClient.name, () => {
  const downstream = { request: jest.fn() };
  let client: OrderServiceClient;

  beforeEach(async () => {
    downstream.request.mockReset();
    const moduleRef = await Test.createTestingModule({
      providers: [
        OrderServiceClient,
        { provide: DownstreamClient, useValue: downstream },
        {
          provide: ConfigService,
          useValue: new ConfigService({ ORDER_SERVICE_URL: 'http://orders.test:18002' }),
        },
      ],
    }).compile();
    client = moduleRef.get(OrderServiceClient);
  });

  it('POSTs the new order as JSON to /orders as hop order-service', async () => {
    downstream.request.mockResolvedValue({ id: 1000 });

    await client.createOrder({ user_id: 123, product_id: 1, quantity: 2 });

    expect(downstream.request).toHaveBeenCalledWith('order-service', {
      method: 'POST',
      baseURL: 'http://orders.test:18002',
      url: '/orders',
      data: { user_id: 123, product_id: 1, quantity: 2 },
    });
  });

  it('GETs /orders/:id as hop order-service', async () => {
    downstream.request.mockResolvedValue({ id: 456 });

    await client.getOrder(456);

    expect(downstream.request).toHaveBeenCalledWith('order-service', {
      method: 'GET',
      baseURL: 'http://orders.test:18002',
      url: '/orders/456',
    });
  });
});
