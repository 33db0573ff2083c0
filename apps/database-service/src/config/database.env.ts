import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ServiceEnv } from '@app/service-kit';
import { serviceOf } from '@app/topology';

/** database-service settings: where it listens and, optionally, which Postgres to use. */
export class DatabaseEnv extends ServiceEnv {
  override PORT = serviceOf('database-service').port;

  /**
   * A real Postgres (`postgres://user:pass@host:5432/db`). Absent or empty: an in-process PGlite
   * database, created and seeded at every start. Compose files often pass empty variables through,
   * so an empty value counts as absent rather than as a bad URL.
   */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  /**
   * Without DATABASE_URL: a directory for PGlite's files, so a restart keeps the orders it had
   * (`npm start` sets one per run). Absent or empty: PGlite in memory, seeded at every start.
   */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsString()
  PGLITE_DATA_DIR?: string;
}
