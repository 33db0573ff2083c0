import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  PLACED_ORDERS_PATH,
  type PlacedOrdersPage,
  RESERVATIONS_PATH,
  type ReservationsPage,
} from '@app/contracts';
import type { OrderEnv } from '../config/order.env';

/**
 * Reads the two halves of every order's saga: the rows database-service holds and the stock
 * inventory-service holds for them. Through fetch (undici), which the HTTP instrumentation does
 * not patch: a read every few seconds makes no spans, and the paths are untraced on the other side.
 */
@Injectable()
export class SagaRecordsReader {
  private readonly databaseUrl: string;
  private readonly inventoryUrl: string;
  private readonly timeoutMs: number;

  constructor(config: ConfigService<OrderEnv, true>) {
    this.databaseUrl = config.get('DATABASE_SERVICE_URL', { infer: true });
    this.inventoryUrl = config.get('INVENTORY_SERVICE_URL', { infer: true });
    this.timeoutMs = config.get('DOWNSTREAM_TIMEOUT_MS', { infer: true });
  }

  placedOrders(after: number, limit: number): Promise<PlacedOrdersPage> {
    return this.read<PlacedOrdersPage>(this.databaseUrl, PLACED_ORDERS_PATH, after, limit);
  }

  reservations(after: number, limit: number): Promise<ReservationsPage> {
    return this.read<ReservationsPage>(this.inventoryUrl, RESERVATIONS_PATH, after, limit);
  }

  private async read<T>(baseUrl: string, path: string, after: number, limit: number): Promise<T> {
    const url = new URL(path, baseUrl);
    url.searchParams.set('after', String(after));
    url.searchParams.set('limit', String(limit));
    const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!response.ok) throw new Error(`${url.host} answered ${response.status} to ${path}`);
    return (await response.json()) as T;
  }
}
