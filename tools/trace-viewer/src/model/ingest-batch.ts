/**
 * What one ingest request decoded to, whatever the signal: its items (in the subclass) and the
 * items it refused, counted with their reasons for OTLP's partial-success answer.
 */
export abstract class IngestBatch {
  rejected = 0;
  readonly rejectReasons = new Set<string>();

  reject(reason: string): void {
    this.rejected++;
    this.rejectReasons.add(reason);
  }
}
