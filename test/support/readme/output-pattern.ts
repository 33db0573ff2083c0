import { IdBindings, README_ID } from './id-bindings';

// What may differ between the README's captured output and a new run ("timings and ids aside"):
// ids, which are bound (see IdBindings); ISO timestamps; decimals (durations such as 62.8ms); and
// integers of four digits or more (epoch times, pids, counters). `...` stands for any text within
// a line, or for any number of lines when it is alone on one.
//
// Columns padded with two or more spaces may be padded differently (see PADDING below).
//
// Any other figure is exact, unless the page says it varies: `<!-- varies: 111 39 -->` just above
// a block (an HTML comment, so the page shows the real output alone) names figures that
// differ from run to run (a load's counts under a random fault, a warm-up's request count). Each is
// matched as any number wherever it stands alone in that block; every other figure, the words and
// the shape must still match, so `failed 0` stays a promise.
const VOLATILE: readonly [RegExp, string][] = [
  [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, '\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z'],
  [/(?<![\d.])\d+\.\d+(?![\d.])/g, '\\d+\\.\\d+'],
  [/(?<![\d.])\d{4,}(?![\d.])/g, '\\d+'],
];
const ELLIPSIS = '...';

interface LinePattern {
  regex: RegExp;
  /** The README id behind each capture group, in order. */
  ids: string[];
}

type Line = LinePattern | typeof ELLIPSIS;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A table's columns are as wide as their widest cell (a pid of five digits where the page shows
// four), so two or more spaces between words match any run of two or more, as do those before a
// right-aligned figure that starts a line. Any other indent, and the spaces that draw a tree
// (after `│`), stay exact.
const PADDING = '\u0000';
const markPadding = (line: string) => {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const rest = line.slice(indent.length);
  const columns = rest.replace(/(?<=[^\s│├└─]) {2,}(?=\S)/g, PADDING);
  // A right-aligned figure first (a load's `   385.7 ms` beside `  1024.3 ms`) is padding too.
  return (indent.length >= 2 && /^\d/.test(rest) ? PADDING : indent) + columns;
};
const literal = (text: string) => escape(text).replaceAll(PADDING, ' {2,}');

/**
 * A token the page says varies (`39`, or `f3` for a rule id), alone (not part of a longer number,
 * id or word), and what it may be instead: the same with any number where its digits stand.
 */
const varyingToken = (token: string): [RegExp, () => string] => [
  new RegExp(`(?<![\\w.])${escape(token)}(?![\\w]|\\.\\d)`),
  () => escape(token).replace(/\d+(?:\\\.\d+)?/g, '\\d+(?:\\.\\d+)?'),
];

function compileLine(line: string, varying: readonly string[]): Line {
  if (line.trim() === ELLIPSIS) return ELLIPSIS;
  const ids: string[] = [];
  // Tokenise: ids first, then the figures that vary, the volatile values, then `...`; everything
  // else is literal.
  const rules: [RegExp, (token: string) => string][] = [
    [new RegExp(README_ID.source), (id) => `([0-9a-f]{${id.length}})`],
    ...varying.map(varyingToken),
    ...VOLATILE.map(([regex, source]): [RegExp, (token: string) => string] => [
      new RegExp(regex.source),
      () => source,
    ]),
    [/\.\.\./, () => '.*?'],
  ];
  let source = '';
  let rest = markPadding(line);
  while (rest.length > 0) {
    let best: { index: number; token: string; rule: number } | undefined;
    for (const [rule, [regex]] of rules.entries()) {
      const match = regex.exec(rest);
      if (match && (!best || match.index < best.index)) {
        best = { index: match.index, token: match[0], rule };
      }
    }
    if (!best) {
      source += literal(rest);
      break;
    }
    if (best.rule === 0) ids.push(best.token);
    source += literal(rest.slice(0, best.index)) + rules[best.rule][1](best.token);
    rest = rest.slice(best.index + best.token.length);
  }
  return { regex: new RegExp(`^${source}$`), ids };
}

/** Output as a terminal shows it: no colour codes, no carriage returns, no trailing blanks. */
export function normaliseOutput(text: string): string[] {
  const lines = text
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines;
}

/** The outcome of comparing: bindings to keep on success, the first difference on failure. */
export type OutputMatch = { ok: true; bindings: IdBindings } | { ok: false; reason: string };

/**
 * Compares output with what the README shows, line by line. With `anywhere`, the README lines may
 * match any stretch of the output (as if `...` came before and after them); `varying` are the
 * figures the page says vary.
 */
export function matchOutput(
  readmeLines: readonly string[],
  actualLines: readonly string[],
  bindings: IdBindings,
  anywhere = false,
  varying: readonly string[] = [],
): OutputMatch {
  const expected = normaliseOutput(readmeLines.join('\n')).map((line) =>
    compileLine(line, varying),
  );
  if (anywhere) {
    expected.unshift(ELLIPSIS);
    expected.push(ELLIPSIS);
  }
  let furthest = { i: -1, j: 0, why: '' };

  const step = (i: number, j: number, bound: IdBindings): IdBindings | undefined => {
    const note = (why: string) => {
      if (i > furthest.i) furthest = { i, j, why };
      return undefined;
    };
    if (i === expected.length) {
      return j === actualLines.length ? bound : note(`the output goes on: ${actualLines[j]}`);
    }
    const pattern = expected[i];
    if (pattern === ELLIPSIS) {
      for (let k = j; k <= actualLines.length; k++) {
        const result = step(i + 1, k, bound);
        if (result) return result;
      }
      return undefined;
    }
    if (j >= actualLines.length) return note('the output ended');
    const match = pattern.regex.exec(actualLines[j]);
    if (!match) return note(`got: ${actualLines[j]}`);
    const next = bound.copy();
    for (const [k, readmeId] of pattern.ids.entries()) {
      const why = next.conflict(readmeId, match[k + 1]);
      if (why) return note(why);
      next.bind(readmeId, match[k + 1]);
    }
    return step(i + 1, j + 1, next);
  };

  const result = step(0, 0, bindings);
  if (result) return { ok: true, bindings: result };
  const shown = normaliseOutput(readmeLines.join('\n'));
  const at = anywhere ? furthest.i - 1 : furthest.i;
  const where =
    at < shown.length ? `at "${shown[at]}" (line ${at + 1} of the output shown)` : 'at its end';
  return { ok: false, reason: `differs from the README ${where}: ${furthest.why}` };
}
