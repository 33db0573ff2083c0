import { Controller, Get, Inject, Injectable, type INestApplication, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ApiExceptionFilter } from '../errors/api-exception.filter';
import { AdminModule } from './admin.module';

@Injectable()
class Counter {
  value = 0;
}

const SHOP_NAME = Symbol('SHOP_NAME');

@Controller('count')
class CountAdminController {
  constructor(
    private readonly counter: Counter,
    @Inject(SHOP_NAME) private readonly shop: string,
  ) {}

  @Post()
  bump(): { shop: string; value: number } {
    return { shop: this.shop, value: ++this.counter.value };
  }
}

@Controller('things')
class ThingsController {
  @Get()
  list(): string[] {
    return [];
  }
}

describe(AdminModule.name, () => {
  let admin: INestApplication;
  let counter: Counter;

  beforeAll(async () => {
    const service = await Test.createTestingModule({
      controllers: [ThingsController],
      providers: [Counter, { provide: SHOP_NAME, useValue: 'shop-service' }],
    }).compile();
    counter = service.get(Counter);
    const adminModule = await Test.createTestingModule({
      imports: [AdminModule.serving([CountAdminController], service, new ApiExceptionFilter())],
    }).compile();
    admin = adminModule.createNestApplication({ logger: false });
    await admin.init();
  });

  afterAll(() => admin.close());

  it("serves its controllers with the service app's own instances, by type and by token", async () => {
    const server = admin.getHttpServer() as Parameters<typeof request>[0];
    await request(server).post('/count').expect(201, { shop: 'shop-service', value: 1 });
    expect(counter.value).toBe(1);
  });

  it("answers the service's routes with the filter's 404, as any unknown path", async () => {
    const server = admin.getHttpServer() as Parameters<typeof request>[0];
    await request(server)
      .get('/things')
      .expect(404, { statusCode: 404, error: 'Not Found', message: 'Cannot GET /things' });
  });
});
