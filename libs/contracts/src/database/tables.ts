/** Tables `GET /query` may read. */
export const QUERYABLE_TABLES = ['users', 'orders'] as const;
export type QueryableTable = (typeof QUERYABLE_TABLES)[number];

/** Tables `POST /insert` and `DELETE /delete` may write. */
export const WRITABLE_TABLES = ['orders'] as const;
export type WritableTable = (typeof WRITABLE_TABLES)[number];
