/**
 * A trace id (32 hex digits) or span id (16) as the README writes one. Ids made of digits only are
 * left alone: they are written on purpose (`1111…2222`) and are sent as they are.
 */
export const README_ID = /(?<![0-9a-f])(?=[0-9]*[a-f])(?:[0-9a-f]{32}|[0-9a-f]{16})(?![0-9a-f])/g;

/**
 * Which real id each id in the README stands for. The README's ids come from one captured run;
 * the same id must stand for the same real id wherever it appears, and two README ids for two
 * different real ones.
 */
export class IdBindings {
  private readonly actualOf = new Map<string, string>();
  private readonly readmeOf = new Map<string, string>();

  /** The real id a README id stands for, if one was seen. */
  actual(readmeId: string): string | undefined {
    return this.actualOf.get(readmeId);
  }

  /** Why `readmeId` cannot stand for `actualId`, or undefined when it can. */
  conflict(readmeId: string, actualId: string): string | undefined {
    const bound = this.actualOf.get(readmeId);
    if (bound !== undefined && bound !== actualId) {
      return `the README's ${readmeId} stood for ${bound} earlier, here the output has ${actualId}`;
    }
    const other = this.readmeOf.get(actualId);
    if (other !== undefined && other !== readmeId) {
      return `${actualId} is what the README's ${other} stood for earlier, here the README shows ${readmeId}`;
    }
    return undefined;
  }

  bind(readmeId: string, actualId: string): void {
    this.actualOf.set(readmeId, actualId);
    this.readmeOf.set(actualId, readmeId);
  }

  copy(): IdBindings {
    const copy = new IdBindings();
    for (const [readme, actual] of this.actualOf) copy.bind(readme, actual);
    return copy;
  }

  /**
   * A README command with each id it names replaced by the real one. An id not seen before is
   * one the reader makes up (a `traceparent` of their own), so it is sent as it is.
   */
  substitute(command: string): string {
    return command.replace(README_ID, (id) => {
      const actual = this.actual(id);
      if (actual !== undefined) return actual;
      if (this.conflict(id, id) === undefined) this.bind(id, id);
      return id;
    });
  }
}
