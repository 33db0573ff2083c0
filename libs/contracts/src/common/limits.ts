/** Ids are positive integers that fit a Postgres `integer` column. */
export const MAX_ID = 2_147_483_647;
/** Anything above this is a typo or an attack, not an order. */
export const MAX_ORDER_QUANTITY = 100_000;
