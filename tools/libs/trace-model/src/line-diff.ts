/** A unified-style line diff: `  ` both, `- ` only in before, `+ ` only in after. */
export function diffLines(before: readonly string[], after: readonly string[]): string[] {
  // Longest common subsequence table, filled from the end so the walk below goes forwards.
  const lcs = Array.from({ length: before.length + 1 }, () =>
    new Array<number>(after.length + 1).fill(0),
  );
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lcs[i][j] =
        before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      out.push(`  ${before[i++]}`);
      j++;
    } else if (j >= after.length || (i < before.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(`- ${before[i++]}`);
    } else {
      out.push(`+ ${after[j++]}`);
    }
  }
  return out;
}
