import type { ExpectedSpanNode } from '@app/contracts/traces';
import { diffLines } from './line-diff';
import type { SpanNode, SpanTree } from './span-tree.types';
import { foldTransportSpans } from './transport-span';
import { drawOutline, type OutlineNode } from './tree-outline';

/** The verdict of compareSpanTree. */
export interface SpanTreeComparison {
  ok: boolean;
  /** One readable line per difference, empty when ok. */
  differences: string[];
  /** Expected and actual outlines as a line diff (`- ` expected only, `+ ` actual only). */
  diff: string;
}

interface Missing {
  expected: ExpectedSpanNode;
  parentPath?: string;
}

interface Unexpected {
  node: SpanNode;
  parentPath?: string;
}

class TreeMatcher {
  readonly differences: string[] = [];
  readonly missing: Missing[] = [];
  readonly unexpected: Unexpected[] = [];

  match(expected: ExpectedSpanNode, actual: SpanNode, path: string): void {
    this.checkError(expected, actual, path);
    const unmatched = [...actual.children];
    for (const child of expected.children) {
      const index = unmatched.findIndex((node) => node.span.name === child.name);
      if (index < 0) {
        this.missing.push({ expected: child, parentPath: path });
        continue;
      }
      const [node] = unmatched.splice(index, 1);
      this.match(child, node, `${path} > ${child.name}`);
    }
    for (const node of unmatched) this.unexpected.push({ node, parentPath: path });
  }

  private checkError(expected: ExpectedSpanNode, actual: SpanNode, path: string): void {
    const isError = actual.span.status === 'error';
    if (expected.error && !isError) {
      this.differences.push(
        `error flag mismatch: ${path} should have status error, has ${actual.span.status}`,
      );
    } else if (!expected.error && isError) {
      const why = actual.span.statusMessage ? ` (${actual.span.statusMessage})` : '';
      this.differences.push(
        `error flag mismatch: ${path} should not be an error, has status error${why}`,
      );
    }
  }
}

function describeRoot(node: SpanNode): string {
  return node.orphan ? ` (its parent span ${node.missingParentId} is not in the trace)` : '';
}

function takeUnexpected(matcher: TreeMatcher, name: string): Unexpected | undefined {
  const index = matcher.unexpected.findIndex((u) => u.node.span.name === name);
  return index < 0 ? undefined : matcher.unexpected.splice(index, 1)[0];
}

function relocate(matcher: TreeMatcher, missing: Missing, found: Unexpected): void {
  const { expected, parentPath } = missing;
  const actualAt = found.parentPath
    ? `is under ${found.parentPath}`
    : `is a root${describeRoot(found.node)}`;
  const expectedAt = parentPath ? `under ${parentPath}` : 'as the root';
  matcher.differences.push(`wrong parent: ${expected.name} ${actualAt}, expected ${expectedAt}`);
  matcher.match(
    expected,
    found.node,
    parentPath ? `${parentPath} > ${expected.name}` : expected.name,
  );
}

// Spans expected below a missing span may still be in the trace, hanging somewhere else.
function relocateDescendants(matcher: TreeMatcher, expected: ExpectedSpanNode, path: string): void {
  for (const child of expected.children) {
    const found = takeUnexpected(matcher, child.name);
    if (found) relocate(matcher, { expected: child, parentPath: path }, found);
    else relocateDescendants(matcher, child, `${path} > ${child.name}`);
  }
}

function reconcile(matcher: TreeMatcher): void {
  // A missing span found elsewhere is one difference (wrong parent), not two, and its subtree is
  // still compared so the report goes on below it.
  for (let i = 0; i < matcher.missing.length; i++) {
    const missing = matcher.missing[i];
    const { expected, parentPath } = missing;
    const found = takeUnexpected(matcher, expected.name);
    if (found) {
      relocate(matcher, missing, found);
      continue;
    }
    matcher.differences.push(
      parentPath
        ? `missing span ${expected.name} under ${parentPath}`
        : `missing root ${expected.name}`,
    );
    relocateDescendants(
      matcher,
      expected,
      parentPath ? `${parentPath} > ${expected.name}` : expected.name,
    );
  }
  for (const { node, parentPath } of matcher.unexpected) {
    matcher.differences.push(
      parentPath
        ? `unexpected span ${node.span.name} under ${parentPath}`
        : `extra root ${node.span.name}${describeRoot(node)}`,
    );
  }
}

function expectedOutline(node: ExpectedSpanNode): OutlineNode {
  return {
    label: node.error ? `${node.name} [error]` : node.name,
    children: node.children.map(expectedOutline),
  };
}

function actualOutline(node: SpanNode): OutlineNode {
  return {
    label: node.span.status === 'error' ? `${node.span.name} [error]` : node.span.name,
    children: node.children.map(actualOutline),
  };
}

/** Compares a trace's manual spans (transport spans are folded first) with a scenario's tree. */
export function compareSpanTree(tree: SpanTree, expected: ExpectedSpanNode): SpanTreeComparison {
  const { roots } = foldTransportSpans(tree);
  const matcher = new TreeMatcher();
  const rootIndex = roots.findIndex((root) => root.span.name === expected.name);
  if (rootIndex >= 0) {
    matcher.match(expected, roots[rootIndex], expected.name);
  } else {
    matcher.missing.push({ expected });
  }
  roots.forEach((node, index) => {
    if (index !== rootIndex) matcher.unexpected.push({ node });
  });
  reconcile(matcher);
  const diff = diffLines(
    drawOutline([expectedOutline(expected)]),
    drawOutline(roots.map(actualOutline)),
  );
  return {
    ok: matcher.differences.length === 0,
    differences: matcher.differences,
    diff: ['--- expected', '+++ actual', ...diff].join('\n'),
  };
}
