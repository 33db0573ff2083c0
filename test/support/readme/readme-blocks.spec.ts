import { expectedExit, readmeBlocks } from './readme-blocks';

const MARKDOWN = [
  '## Quick start', //                                     1
  '```bash', //                                            2
  'npm ci', //                                             3
  '```', //                                                4
  '## The requests', //                                    5
  '```bash', //                                            6
  '# A user', //                                           7
  'curl http://localhost:8000/users/123', //               8
  '', //                                                   9
  'curl -X POST http://localhost:8004/inventory/check \\', // 10
  '  -d \'{"product_id": 1}\'  # a # in a comment', //     11
  'curl "http://localhost:8000/users/999999#top"   # 404', // 12
  '```', //                                                13
  '### Two at once', //                                    14
  '```text', //                                            15
  '$ curl -i http://localhost:8000/users/123 \\', //       16
  "    -H 'tracestate: shop=v1'", //                       17
  'HTTP/1.1 200 OK', //                                    18
  '...', //                                                19
  '$ npm run trace -- abc', //                             20
  'Trace abc', //                                          21
  '```', //                                                22
  '```text', //                                            23
  'api-gateway  GET /users/:id', //                        24
  '```', //                                                25
  '```json', //                                            26
  '{}', //                                                 27
  '```', //                                                28
].join('\n');

describe(readmeBlocks.name, () => {
  it('reads the commands and transcripts of the named sections only', () => {
    expect(readmeBlocks(MARKDOWN, ['The requests'])).toEqual([
      {
        kind: 'commands',
        section: 'The requests',
        line: 7,
        varying: [],
        commands: [
          { text: 'curl http://localhost:8000/users/123', comment: undefined, line: 8 },
          {
            text: 'curl -X POST http://localhost:8004/inventory/check -d \'{"product_id": 1}\'',
            comment: 'a # in a comment',
            line: 10,
          },
          { text: 'curl "http://localhost:8000/users/999999#top"', comment: '404', line: 12 },
        ],
      },
      {
        kind: 'transcript',
        section: 'The requests › Two at once',
        line: 16,
        varying: [],
        steps: [
          {
            command: {
              text: "curl -i http://localhost:8000/users/123 -H 'tracestate: shop=v1'",
              comment: undefined,
              line: 16,
            },
            output: ['HTTP/1.1 200 OK', '...'],
          },
          {
            command: { text: 'npm run trace -- abc', comment: undefined, line: 20 },
            output: ['Trace abc'],
          },
        ],
      },
      {
        kind: 'output',
        section: 'The requests › Two at once',
        line: 24,
        varying: [],
        lines: ['api-gateway  GET /users/:id'],
      },
    ]);
  });

  it('takes a predicate, and gives what precedes the first ## to the # title', () => {
    const chapter = [
      '# 6. Load it',
      '```bash',
      'npm run load',
      '```',
      '## Try it',
      '```bash',
      'true',
      '```',
    ];

    expect(readmeBlocks(chapter.join('\n'), (section) => section !== 'Try it')).toEqual([
      {
        kind: 'commands',
        section: '6. Load it',
        line: 3,
        varying: [],
        commands: [{ text: 'npm run load', comment: undefined, line: 3 }],
      },
    ]);
  });

  it('reads the figures a block says vary from the comment just above it', () => {
    const chapter = [
      '## Send traffic',
      '<!-- varies: 111 39 -->',
      '',
      '```text',
      '$ npm run load',
      'answers: 200: 450, 201: 111, 502: 39',
      '```',
      '<!-- varies: 7 -->',
      'Text between.',
      '',
      '```text',
      'not right above this one',
      '```',
    ];

    expect(readmeBlocks(chapter.join('\n'), () => true).map(({ varying }) => varying)).toEqual([
      ['111', '39'],
      [],
    ]);
  });
});

describe(expectedExit.name, () => {
  it("reads the status a command's comment promises", () => {
    expect(
      expectedExit({ text: 'npm run check', comment: 'exits 1 until it is solved', line: 1 }),
    ).toBe(1);
    expect(expectedExit({ text: 'curl …', comment: '404', line: 1 })).toBeUndefined();
    expect(expectedExit({ text: 'true', line: 1 })).toBeUndefined();
  });
});
