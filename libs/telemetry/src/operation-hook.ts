/**
 * What runs as a manual span's operation starts, inside its span: nothing, a promise to wait for
 * first, or a thrown error that fails the operation (and so its span). Fault injection registers
 * one; without it every `@Span` method runs exactly as written.
 */
export type OperationHook = (operation: string) => Promise<void> | undefined;

let registered: OperationHook | undefined;

/** Sets (or with `undefined` removes) the hook every `@Span` operation calls first. */
export function setOperationHook(hook: OperationHook | undefined): void {
  registered = hook;
}

/** The registered hook, if any. */
export function operationHook(): OperationHook | undefined {
  return registered;
}
