/** A line of text with the lines that hang under it. */
export interface OutlineNode {
  label: string;
  children: OutlineNode[];
}

function draw(nodes: readonly OutlineNode[], indent: string, lines: string[]): void {
  nodes.forEach((node, index) => {
    const last = index === nodes.length - 1;
    lines.push(`${indent}${last ? '└─ ' : '├─ '}${node.label}`);
    draw(node.children, indent + (last ? '   ' : '│  '), lines);
  });
}

/** Draws a forest with box-drawing guides, roots flush left, as the tutorial's trace picture does. */
export function drawOutline(roots: readonly OutlineNode[]): string[] {
  const lines: string[] = [];
  for (const root of roots) {
    lines.push(root.label);
    draw(root.children, '', lines);
  }
  return lines;
}
