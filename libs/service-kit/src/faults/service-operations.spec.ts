import {
  type CallHandler,
  Controller,
  type ExecutionContext,
  Get,
  Injectable,
  type NestInterceptor,
  Post,
} from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import request from 'supertest';
import { FaultEngine, type FaultRule } from '@app/faults';
import { Span } from '@app/telemetry';
import { SERVICE_NAME } from '../service-name.token';
import { ServiceOperations } from './service-operations';

@Injectable()
class ShopService {
  @Span('shop.count')
  count(): number {
    return 3;
  }

  @Span('restock_shelf')
  restock(): void {}
}

@Controller('things')
class ThingsController {
  @Get()
  list(): string[] {
    return [];
  }

  @Get(':id')
  one(): string {
    return '';
  }

  @Post('/:id/notes')
  note(): void {}
}

@Controller()
class RootController {
  @Get('query')
  query(): string {
    return '';
  }
}

/** Names each request's route the way RouteFaultsGuard does. */
@Injectable()
class RouteRecorder implements NestInterceptor {
  static readonly seen: string[] = [];
  intercept(context: ExecutionContext, next: CallHandler) {
    const { method, route } = context.switchToHttp().getRequest<Request>();
    RouteRecorder.seen.push(`${method} ${(route as { path: string }).path}`);
    return next.handle();
  }
}

function shopModule(rules: FaultRule[] = []) {
  return Test.createTestingModule({
    imports: [DiscoveryModule],
    controllers: [ThingsController, RootController],
    providers: [
      ShopService,
      ServiceOperations,
      { provide: SERVICE_NAME, useValue: 'shop-service' },
      { provide: FaultEngine, useValue: new FaultEngine('shop-service', 1, rules) },
      { provide: APP_INTERCEPTOR, useClass: RouteRecorder },
    ],
  }).compile();
}

async function operationsWith(rules: FaultRule[] = []): Promise<ServiceOperations> {
  const module = await shopModule(rules);
  await module.init();
  return module.get(ServiceOperations);
}

describe(ServiceOperations.name, () => {
  it("lists the service's manual spans and its public routes, as the fault points name them", async () => {
    expect((await operationsWith()).view()).toEqual({
      service: 'shop-service',
      spans: ['shop.count', 'restock_shelf'],
      routes: ['GET /things', 'GET /things/:id', 'POST /things/:id/notes', 'GET /query'],
    });
  });

  it('names each route exactly as Express names the route of a request to it', async () => {
    const app = (await shopModule()).createNestApplication();
    await app.init();
    const server = app.getHttpServer() as Parameters<typeof request>[0];
    for (const [method, path] of [
      ['get', '/things'],
      ['get', '/things/7'],
      ['post', '/things/7/notes'],
      ['get', '/query'],
    ] as const) {
      await request(server)
        [method](path)
        .expect((answer) => expect(answer.status).toBeLessThan(300));
    }
    expect(RouteRecorder.seen).toEqual(app.get(ServiceOperations).view().routes);
    await app.close();
  });

  it('takes a rule for a span, a route or the whole service, and names what exists otherwise', async () => {
    const operations = await operationsWith();
    for (const operation of ['shop.count', 'POST /things/:id/notes', undefined]) {
      expect(operations.problemWith({ kind: 'error', operation })).toBeUndefined();
    }
    expect(operations.problemWith({ kind: 'error', operation: 'shop.cont' })).toBe(
      'operation "shop.cont" is not one of shop-service\'s: its manual spans are shop.count, ' +
        'restock_shelf; its routes GET /things, GET /things/:id, POST /things/:id/notes, GET /query',
    );
  });

  it('stops start-up on a FAULTS rule that names no operation of the service', async () => {
    await expect(
      operationsWith([{ kind: 'latency', latencyMs: 10, operation: 'nonexistent.op' }]),
    ).rejects.toThrow(/^FAULTS: operation "nonexistent.op" is not one of shop-service's/);
  });
});
