import { ServiceEnv } from '@app/service-kit';

/** inventory-service settings; it calls no other service. */
export class InventoryEnv extends ServiceEnv {
  override PORT = 8004;
}
