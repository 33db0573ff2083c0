import type { Attributes } from '@opentelemetry/api';
import {
  ATTR_DB_COLLECTION_NAME,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions';

/** The database semantic-convention attributes a span carries from its start. */
export function dbSpanAttributes(operation: string, table: string, queryText: string): Attributes {
  return {
    // PGlite is Postgres compiled to WebAssembly, so both engines are `postgresql` here.
    [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
    [ATTR_DB_OPERATION_NAME]: operation,
    [ATTR_DB_COLLECTION_NAME]: table,
    [ATTR_DB_QUERY_TEXT]: queryText,
  };
}
