/** A span the tutorial expects: its name, its expected children and whether it must fail. */
export interface ExpectedSpanNode {
  name: string;
  children: ExpectedSpanNode[];
  /** The span must have status error; when absent it must not. */
  error?: true;
}
