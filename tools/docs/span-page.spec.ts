import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedTrees } from '@app/contracts/traces';
import { MANUAL_SPANS, SEED_REQUESTS } from './span-catalogue';
import { REPOSITORY_ROOT, SPAN_PAGE, spanPage, SPAN_TABLE_SOURCES } from './span-page';
import { buildSpanRows } from './span-rows';

describe('the span table (docs/reference/spans.md)', () => {
  it('is exactly what `npm run docs:spans` writes from the trees and the catalogue', async () => {
    const published = readFileSync(join(REPOSITORY_ROOT, SPAN_PAGE), 'utf8');

    const generated = await spanPage();

    // A plain equality prints a diff of the two pages; the hint says how to bring them together.
    expect({ page: published, hint: 'run npm run docs:spans' }).toEqual({
      page: generated,
      hint: 'run npm run docs:spans',
    });
  });

  it('is made from the requests test_traces.sh sends, scenario by scenario', () => {
    const script = readFileSync(join(REPOSITORY_ROOT, 'test_traces.sh'), 'utf8');
    // "get-user|GET|$GATEWAY_URL/users/123||200": name, method, URL, JSON body, status.
    const sent = [...script.matchAll(/^ {2}"([\w-]+)\|(\w+)\|\$\w+(\/[^|]*)\|([^|]*)\|/gm)].map(
      ([, name, method, path, body]) => [name, method, path, body.replace(/\\"/g, '"')],
    );

    expect(sent).toEqual(
      Object.entries(SEED_REQUESTS).map(([name, { method, path, body }]) => [
        name,
        method,
        path,
        body ? JSON.stringify(body) : '',
      ]),
    );
  });

  it("lists a hop's client span in the caller and the server span in the callee, once each", () => {
    const rows = buildSpanRows(SPAN_TABLE_SOURCES).map(
      (row) => `${row.service} ${row.kind} ${row.name}: ${row.scenarios.join(',')}`,
    );

    expect(rows.filter((row) => row.startsWith('user-service '))).toEqual([
      'user-service server GET /users/:id: get-user,create-order,direct-user,unknown-user,out-of-stock,simulate-error',
      'user-service internal user-service.get_user: get-user,create-order,direct-user,unknown-user,out-of-stock,simulate-error',
      'user-service client GET: get-user,create-order,direct-user,unknown-user,out-of-stock,simulate-error',
    ]);
    expect(new Set(rows.map((row) => row.split(':')[0])).size).toBe(rows.length);
  });

  it('takes where a span fails from the trees', () => {
    const reserve = buildSpanRows(SPAN_TABLE_SOURCES).find(
      (row) => row.name === 'inventory-service.reserve',
    );

    expect(reserve).toMatchObject({
      failsIn: ['simulate-error'],
      events: [
        { name: 'Stock reserved', when: 'the stock was reserved' },
        { name: 'exception', when: 'it fails' },
      ],
    });
  });

  it('refuses a tree span the catalogue does not describe, naming it', () => {
    const catalogue = Object.fromEntries(
      Object.entries(MANUAL_SPANS).filter(([name]) => name !== 'check_inventory'),
    );

    expect(() => buildSpanRows({ ...SPAN_TABLE_SOURCES, manualSpans: catalogue })).toThrow(
      'the span catalogue says nothing about check_inventory, which a tree has',
    );
  });

  it('refuses a catalogue entry no tree has, naming it', () => {
    const catalogue = {
      ...MANUAL_SPANS,
      'inventory-service.restock': { attributes: [], events: [] },
    };

    expect(() => buildSpanRows({ ...SPAN_TABLE_SOURCES, manualSpans: catalogue })).toThrow(
      'the span catalogue lists spans no tree has: inventory-service.restock',
    );
  });

  it('refuses a span called across a hop without the route its server span is named by', () => {
    const catalogue = {
      ...MANUAL_SPANS,
      'inventory-service.check': { ...MANUAL_SPANS['inventory-service.check'], route: undefined },
    };

    expect(() =>
      buildSpanRows({ trees: expectedTrees, manualSpans: catalogue, requests: SEED_REQUESTS }),
    ).toThrow('inventory-service.check is called across a hop but has no route');
  });
});
