// `@app/clients`: one folder per called service, holding its client and the errors its callers
// share with it, so the map of calls is this tree. Each client is a line or two per call on
// ServiceClient, which calls through service-kit's DownstreamClient.
export { HopClient, ServiceClient, type ServiceClientClass } from './service-client';
export { DatabaseServiceClient } from './database-service/database-service.client';
export { InventoryServiceClient } from './inventory-service/inventory-service.client';
export { ProductNotFoundError } from './inventory-service/product-not-found.error';
export { OrderServiceClient } from './order-service/order-service.client';
export { UserServiceClient } from './user-service/user-service.client';
export { UserNotFoundError } from './user-service/user-not-found.error';
export { recordUserLookup } from './user-service/record-user-lookup';
