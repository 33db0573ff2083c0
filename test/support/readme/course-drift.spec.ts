import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseFiles } from './course-files';
import { IdBindings } from './id-bindings';
import { matchOutput } from './output-pattern';
import { readmeBlocks, type TranscriptStep } from './readme-blocks';

const ROOT = join(__dirname, '../../..');
const CHAPTER = 'docs/course/02-concepts.md';

/** The first transcript step of a chapter whose output draws a trace. */
function traceStep(markdown: string): TranscriptStep {
  const steps = readmeBlocks(markdown, () => true).flatMap((block) =>
    block.kind === 'transcript' ? block.steps : [],
  );
  const step = steps.find(({ output }) => output[0]?.startsWith('Trace '));
  if (!step) throw new Error(`${CHAPTER} shows no trace`);
  return step;
}

describe('a chapter of the course, as the tutorial test reads it', () => {
  const markdown = readFileSync(join(ROOT, CHAPTER), 'utf8');
  // What a run printed: the chapter's own output with other ids and timings, as a real run has.
  const real = traceStep(markdown).output.map((line) =>
    line
      .replace(/[0-9a-f]{32}/g, '9417d48113acf0dee65fb8c3273e6da5')
      .replace(/\(\d+\.\d+ms\)/g, '(1.5ms)'),
  );

  it('matches a run that differs only in ids and timings', () => {
    expect(matchOutput(traceStep(markdown).output, real, new IdBindings()).ok).toBe(true);
  });

  it('fails when the output a chapter shows drifts from the real one', () => {
    const [, count] = /: (\d+) spans/.exec(real[0]) ?? [];
    const planted = markdown.replace(`: ${count} spans`, `: ${Number(count) + 1} spans`);
    expect(planted).not.toBe(markdown);

    const result = matchOutput(traceStep(planted).output, real, new IdBindings());

    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining(`${Number(count) + 1} spans`) as string,
    });
  });

  it('is one of the files the tutorial test runs, in order after the README', () => {
    const files = courseFiles(ROOT);
    expect(files[0]).toBe('README.md');
    expect(files).toContain(CHAPTER);
    expect(files.slice(1)).toEqual([...files.slice(1)].sort());
  });
});
