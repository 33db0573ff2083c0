import { type AttrList, EMPTY_ATTRS } from '../../model/attr-list';
import type { IngestBatch } from '../../model/ingest-batch';
import type { ModelInterner } from '../../model/model-interner';
import type { ProcessInfo, ScopeInfo } from '../../model/process-info';
import type { OtlpCodec } from './otlp-codec';
import { OtlpDecodeError } from './otlp-decode.error';
import { type KeyValueLike, list, text } from './otlp-fields';

interface ScopeLike {
  name?: unknown;
  version?: unknown;
}
type Message = Record<string, unknown>;

/**
 * How one signal names OTLP's resource → scope → item nesting, e.g. resourceSpans → scopeSpans
 * (or, before opentelemetry-proto 0.19, instrumentationLibrarySpans) → spans.
 */
export interface OtlpNesting {
  request: string;
  resources: string;
  scopes: string;
  legacyScopes: string;
  items: string;
}

/** Where an item sits: the process (resource) and instrumentation scope that produced it. */
export interface ItemOrigin {
  process: ProcessInfo;
  scope: ScopeInfo | null;
}

const NO_SERVICE_NAME = 'OTLPResourceNoServiceName';

/**
 * Reads a decoded ExportXServiceRequest into a batch: what every OTLP signal shares (the nesting,
 * resources, scopes and attributes) is here; a signal's reader adds how to read one item.
 */
export abstract class OtlpRequestReader<Item, Batch extends IngestBatch> {
  /** How this signal names the request's nesting. */
  protected abstract readonly nesting: OtlpNesting;

  constructor(
    protected readonly codec: OtlpCodec,
    protected readonly interner: ModelInterner,
  ) {}

  /** Reads one item into `batch`, or rejects it there. */
  protected abstract readItem(item: Item, origin: ItemOrigin, batch: Batch): void;

  /** A new, empty batch of this signal. */
  protected abstract newBatch(): Batch;

  read(request: unknown): Batch {
    const batch = this.newBatch();
    this.forEachItem(request, (item, origin) => this.readItem(item, origin, batch));
    return batch;
  }

  /** Calls `visit` for each item of the request, with the resource and scope. */
  private forEachItem(request: unknown, visit: (item: Item, origin: ItemOrigin) => void): void {
    const { nesting } = this;
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      throw new OtlpDecodeError(`request must be an ${nesting.request} object`);
    }
    const resources = list((request as Message)[nesting.resources] as Message[], nesting.resources);
    for (const resource of resources) {
      const resourceAttrs = (resource.resource as { attributes?: KeyValueLike[] } | null)
        ?.attributes;
      const process = this.process(resourceAttrs);
      const scopeLists = [
        ...list(resource[nesting.scopes] as Message[], nesting.scopes),
        ...list(resource[nesting.legacyScopes] as Message[], nesting.legacyScopes),
      ];
      for (const scopeItems of scopeLists) {
        const scope = this.scope(
          (scopeItems.scope ?? scopeItems.instrumentationLibrary) as ScopeLike,
        );
        for (const item of list(scopeItems[nesting.items] as Item[], nesting.items)) {
          visit(item, { process, scope });
        }
      }
    }
  }

  /** Reads a KeyValue list into a shared-key attribute list. */
  protected attrs(attributes: KeyValueLike[] | undefined): AttrList {
    const items = list(attributes, 'attributes');
    if (items.length === 0) return EMPTY_ATTRS;
    const out: AttrList = [];
    for (const item of items) {
      const key = this.interner.name(text(item.key, 'attribute key'));
      this.codec.pushAttr(out, key, item.value, this.interner);
    }
    return out;
  }

  private process(attributes: KeyValueLike[] | undefined): ProcessInfo {
    const all = this.attrs(attributes);
    let serviceName = NO_SERVICE_NAME;
    const tags: AttrList = [];
    for (let i = 0; i < all.length; i += 3) {
      if (all[i] === 'service.name' && typeof all[i + 2] === 'string') {
        serviceName = all[i + 2] as string;
      } else {
        tags.push(all[i], all[i + 1], all[i + 2]);
      }
    }
    return this.interner.process(serviceName, tags);
  }

  private scope(scope: ScopeLike | null | undefined): ScopeInfo | null {
    return this.interner.scope(
      text(scope?.name, 'scope.name'),
      text(scope?.version, 'scope.version'),
    );
  }
}
