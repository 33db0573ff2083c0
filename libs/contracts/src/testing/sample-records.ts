import type { OrderDto } from '../orders/order.dto';
import type { UserDto } from '../users/user.dto';

// The records the services' unit specs pass between a fake downstream and the class under test.
// Shared so that a change to a contract's shape is made in one fixture, not in every spec.

export const SAMPLE_USER: UserDto = { id: 123, name: 'Alice Example', email: 'alice@example.com' };

export const SAMPLE_ORDER: OrderDto = {
  id: 1000,
  user_id: 123,
  product_id: 1,
  quantity: 2,
  status: 'confirmed',
  created_at: '2026-01-01T00:00:00.000Z',
};
