import type { AttrList } from './attr-list';
import type { ProcessInfo, ScopeInfo } from './process-info';
import { StringInterner } from './string-interner';

/** Attribute values up to this length are shared; longer ones are rarely repeated. */
const MAX_SHARED_VALUE_LENGTH = 96;
const VALUE_TABLE_CAPACITY = 65_536;

/** Shares repeated names, attribute keys, short values, processes and scopes across spans. */
export class ModelInterner {
  private readonly names = new StringInterner();
  private readonly values = new StringInterner(VALUE_TABLE_CAPACITY);
  private readonly processes = new Map<string, ProcessInfo>();
  private readonly scopes = new Map<string, ScopeInfo>();

  name(value: string): string {
    return this.names.intern(value);
  }

  value(value: string): string {
    return value.length <= MAX_SHARED_VALUE_LENGTH ? this.values.intern(value) : value;
  }

  process(serviceName: string, tags: AttrList): ProcessInfo {
    const key = `${serviceName}\u0000${JSON.stringify(tags)}`;
    let process = this.processes.get(key);
    if (!process) {
      process = { serviceName: this.name(serviceName), tags, key };
      this.processes.set(key, process);
    }
    return process;
  }

  scope(name: string, version: string): ScopeInfo | null {
    if (name === '' && version === '') return null;
    const key = `${name}\u0000${version}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = { name: this.name(name), version: this.name(version) };
      this.scopes.set(key, scope);
    }
    return scope;
  }
}
