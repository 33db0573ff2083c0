export * from './common/limits';
export { IdParamDto } from './common/id-param.dto';
export { MAX_PAGE_SIZE, PageQueryDto } from './common/page-query.dto';
export { toUserDto, type UserDto } from './users/user.dto';
export { type OrderDto, type OrderRow, toOrderDto } from './orders/order.dto';
export { CreateOrderQueryDto } from './orders/create-order.dto';
export { StockRequestDto } from './inventory/stock-request.dto';
export { RestockRequestDto } from './inventory/restock-request.dto';
export { ReserveRequestDto } from './inventory/reserve-request.dto';
export { ReleaseRequestDto, type ReleaseDto } from './inventory/release-request.dto';
export {
  type OrderReservationDto,
  RESERVATIONS_PATH,
  type ReservationsPage,
} from './inventory/order-reservation.dto';
export type { StockCheckDto } from './inventory/stock-check.dto';
export type { ReservationDto } from './inventory/reservation.dto';
export * from './database/tables';
export {
  FIRST_PLACED_ORDER_ID,
  PLACED_ORDERS_PATH,
  type PlacedOrderDto,
  type PlacedOrdersPage,
} from './database/placed-order.dto';
export { QueryParamsDto } from './database/query-params.dto';
export { DeleteParamsDto } from './database/delete-params.dto';
export { InsertRequestDto } from './database/insert-request.dto';
export { NewOrderDto } from './orders/new-order.dto';
