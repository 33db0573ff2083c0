/** SQLSTATE of a foreign key violation (PostgreSQL manual, appendix A, class 23). */
export const FOREIGN_KEY_VIOLATION = '23503';

/** True for a driver error reporting a foreign key violation (pg and PGlite raise the same shape). */
export function isForeignKeyViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION
  );
}
