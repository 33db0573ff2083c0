/** One shell command as the README shows it, continuation lines joined. */
export interface ReadmeCommand {
  text: string;
  /** A trailing `# comment`, e.g. `404` for a request that fails on purpose. */
  comment?: string;
  /** 1-based line in the README, for failure messages. */
  line: number;
}

/** A command of a transcript and the output the README shows under it. */
export interface TranscriptStep {
  command: ReadmeCommand;
  output: string[];
}

/**
 * A fenced block of a tutorial section: `bash` blocks hold commands to run (their output is not
 * shown), `text` blocks that start with `$ ` are transcripts, other `text` blocks show output only.
 */
export type ReadmeBlock = (
  | { kind: 'commands'; commands: ReadmeCommand[] }
  | { kind: 'transcript'; steps: TranscriptStep[] }
  | { kind: 'output'; lines: string[] }
) & {
  section: string;
  line: number;
  /** Figures of the block's output that vary from run to run (`<!-- varies: … -->` above it). */
  varying: string[];
};

const PROMPT = '$ ';
const VARIES = /^<!--\s*varies:\s*(.*?)\s*-->\s*$/;
const EXITS = /^exits (\d+)\b/;

/** The last non-blank line before `index` (Prettier puts a blank line after an HTML comment). */
function lineAbove(lines: readonly string[], index: number): string {
  let i = index - 1;
  while (i >= 0 && lines[i].trim() === '') i--;
  return i >= 0 ? lines[i] : '';
}

/**
 * The exit status a command's `# exits N …` comment promises (a check that fails until the
 * exercise is solved, an answer that is wrong on purpose), or undefined when it promises none.
 */
export function expectedExit(command: ReadmeCommand): number | undefined {
  const status = EXITS.exec(command.comment ?? '')?.[1];
  return status === undefined ? undefined : Number(status);
}

/** Splits `cmd  # comment` where the `#` is outside quotes; a `#` inside a URL or string stays. */
function splitComment(line: string): { text: string; comment?: string } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return { text: line.slice(0, i).trimEnd(), comment: line.slice(i + 1).trim() };
    }
  }
  return { text: line.trimEnd() };
}

/** Joins `\`-continued lines from `lines[start]` on; returns the command and the next index. */
function readCommand(
  lines: string[],
  start: number,
  firstLine: number,
): { command: ReadmeCommand; next: number } {
  const parts: string[] = [];
  let i = start;
  let text = lines[i];
  while (text.endsWith('\\') && i + 1 < lines.length) {
    parts.push(text.slice(0, -1).trim());
    text = lines[++i];
  }
  parts.push(text.trim());
  const { text: joined, comment } = splitComment(parts.join(' '));
  return { command: { text: joined, comment, line: firstLine + start }, next: i + 1 };
}

function bashCommands(body: string[], firstLine: number): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  for (let i = 0; i < body.length;) {
    const line = body[i].trim();
    if (line === '' || line.startsWith('#')) {
      i++;
      continue;
    }
    const { command, next } = readCommand(body, i, firstLine);
    commands.push(command);
    i = next;
  }
  return commands;
}

function transcriptSteps(body: string[], firstLine: number): TranscriptStep[] {
  const steps: TranscriptStep[] = [];
  for (let i = 0; i < body.length;) {
    const { command, next } = readCommand(
      [body[i].slice(PROMPT.length), ...body.slice(i + 1)],
      0,
      firstLine + i,
    );
    const output: string[] = [];
    i += next;
    while (i < body.length && !body[i].startsWith(PROMPT)) output.push(body[i++]);
    steps.push({ command, output });
  }
  return steps;
}

/**
 * The fenced `bash` and `text` blocks under the chosen `##` sections of a Markdown document (by
 * name, or every section the predicate accepts), in order, each labelled with its `## … › ### …`
 * headings. What comes before a document's first `##` belongs to its `#` title, as a chapter's
 * opening does.
 */
export function readmeBlocks(
  markdown: string,
  sections: readonly string[] | ((section: string) => boolean),
): ReadmeBlock[] {
  const chosen =
    typeof sections === 'function' ? sections : (name: string) => sections.includes(name);
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  let h2 = '';
  let h3 = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('# ') || line.startsWith('## ')) {
      [h2, h3] = [line.replace(/^#+ /, '').trim(), ''];
    } else if (line.startsWith('### ')) h3 = line.slice(4).trim();
    const fence = /^```(\w*)\s*$/.exec(line);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end].startsWith('```')) end++;
    const body = lines.slice(start, end);
    i = end;
    if (!chosen(h2)) continue;
    const section = h3 ? `${h2} › ${h3}` : h2;
    const line1 = start + 1;
    const varies = VARIES.exec(lineAbove(lines, start - 1))?.[1];
    const common = { section, line: line1, varying: varies ? varies.split(/\s+/) : [] };
    if (fence[1] === 'bash') {
      blocks.push({ kind: 'commands', ...common, commands: bashCommands(body, line1) });
    } else if (fence[1] === 'text' && body[0]?.startsWith(PROMPT)) {
      blocks.push({ kind: 'transcript', ...common, steps: transcriptSteps(body, line1) });
    } else if (fence[1] === 'text') {
      blocks.push({ kind: 'output', ...common, lines: body });
    }
  }
  return blocks;
}
