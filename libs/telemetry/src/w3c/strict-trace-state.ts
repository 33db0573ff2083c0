import type { TraceState } from '@opentelemetry/api';

/** W3C Trace Context, tracestate Header Field Values, "list": at most 32 list-members. */
const MAX_MEMBERS = 32;

// The key and value ABNF of Trace Context Level 1 ("Key", "Value"): a key is up to 256 of
// a-z 0-9 _ - * / @, starting with a letter or digit; a value is up to 256 printable ASCII
// characters but `,` and `=`, not ending in a space. OpenTelemetry's own TraceState still checks
// keys against an older draft (`tenant@system`, at most 241 + 14 characters), so it cannot hold
// some keys the Recommendation allows, such as `foo@` or `t@vvvvvvvvvvvvvvv`.
const KEY = /^[a-z0-9][_0-9a-z\-*/@]{0,255}$/;
const VALUE = /^[\x20-\x2b\x2d-\x3c\x3e-\x7e]{0,255}[\x21-\x2b\x2d-\x3c\x3e-\x7e]$/;
// Spaces and tabs around a list-member are optional whitespace, not part of it.
const OWS_COMMA = /[ \t]*,[ \t]*/;

type Member = readonly [key: string, value: string];

function isMember(key: string, value: string): boolean {
  return KEY.test(key) && VALUE.test(value);
}

/**
 * A `tracestate` held exactly as Trace Context Level 1 defines it: the order of its members
 * (the left-most is the newest), keys and values by the Recommendation's grammar. Immutable, as
 * the API's TraceState is: `set` and `unset` return a new one.
 */
export class StrictTraceState implements TraceState {
  private constructor(private readonly members: readonly Member[]) {}

  /**
   * The header's members; undefined when it holds none, or when any member breaks the grammar or
   * there are more than 32: the header is then dropped as a whole, never partly kept. Empty
   * members are allowed (a
   * sender that joins several headers may leave one); of a repeated key the first, left-most
   * member is kept, which section "Mutating the tracestate Field" allows ("MAY discard
   * duplicate keys").
   */
  static parse(header: string): StrictTraceState | undefined {
    const members = new Map<string, string>();
    let count = 0;
    for (const member of header.trim().split(OWS_COMMA)) {
      if (member === '') continue;
      const split = member.indexOf('=');
      const key = member.slice(0, split);
      const value = member.slice(split + 1);
      if (split < 0 || !isMember(key, value) || ++count > MAX_MEMBERS) return undefined;
      if (!members.has(key)) members.set(key, value);
    }
    return members.size > 0 ? new StrictTraceState([...members]) : undefined;
  }

  get(key: string): string | undefined {
    return this.members.find(([memberKey]) => memberKey === key)?.[1];
  }

  /**
   * The member put first, as a changed member must be; a key or value the grammar refuses changes
   * nothing. Past 32 members the right-most one goes.
   */
  set(key: string, value: string): StrictTraceState {
    if (!isMember(key, value)) return this;
    const others = this.members.filter(([memberKey]) => memberKey !== key);
    return new StrictTraceState([[key, value] as const, ...others].slice(0, MAX_MEMBERS));
  }

  unset(key: string): StrictTraceState {
    return new StrictTraceState(this.members.filter(([memberKey]) => memberKey !== key));
  }

  serialize(): string {
    return this.members.map(([key, value]) => `${key}=${value}`).join(',');
  }
}
