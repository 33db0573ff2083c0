const declared = new Set<string>();

/** Records a manual span name that a `@Span` method of this process opens (span.decorator.ts). */
export function declareOperation(name: string): void {
  declared.add(name);
}

/**
 * Every manual span name this process's `@Span` methods open, in the order they were declared:
 * the operations a fault rule may name, known from the code itself.
 */
export function declaredOperations(): readonly string[] {
  return [...declared];
}
