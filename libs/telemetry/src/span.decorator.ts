import { Span as OtelSpan } from 'nestjs-otel';
import { declareOperation } from './declared-operations';
import { operationHook } from './operation-hook';

type SpanOptions = Parameters<typeof OtelSpan>[1];
type Method = (...args: unknown[]) => unknown;

/** Runs the registered operation hook, then the method; untouched when the hook has nothing to do. */
function withOperationHook(operation: string, original: Method): Method {
  return function (this: unknown, ...args: unknown[]): unknown {
    const pending = operationHook()?.(operation);
    if (pending === undefined) return original.apply(this, args);
    return pending.then(() => original.apply(this, args));
  };
}

/** Copies Nest's and class-validator's metadata so the wrapped method keeps its decorators' effect. */
function copyMetadata(from: object, to: object): void {
  for (const key of Reflect.getMetadataKeys(from)) {
    Reflect.defineMetadata(key, Reflect.getMetadata(key, from), to);
  }
}

/**
 * nestjs-otel's `@Span`, whose method first calls the operation hook (see operation-hook.ts)
 * inside the new span: an injected fault then fails or delays the span it names, and the span
 * records it like any error of its own. A synchronous method delayed by a fault returns a promise
 * of its result; decorate only methods whose callers await them (Nest handlers await either).
 */
export function Span(name: string, options?: SpanOptions): MethodDecorator {
  declareOperation(name);
  return (target, propertyKey, descriptor) => {
    const original = descriptor.value as unknown as Method;
    const wrapped = withOperationHook(name, original);
    copyMetadata(original, wrapped);
    Object.defineProperty(wrapped, 'name', { value: original.name });
    (descriptor as PropertyDescriptor).value = wrapped;
    OtelSpan(name, options)(target, propertyKey, descriptor as PropertyDescriptor);
  };
}
