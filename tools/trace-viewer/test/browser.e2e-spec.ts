import type { Page } from 'playwright-core';
import { launchStack, type RunningStack } from '../../stack/launch-stack';
import { startTestStack, TEST_STACK_URLS } from '../../../test/support/test-stack';
import { launchChromium, type LaunchedBrowser } from './browser/chromium.launcher';
import { feedOrderTraceInChild as feedOrderTrace } from './browser/feed-order-trace';
import { randomBytes } from 'node:crypto';
import { otlpJsonBody } from './support/otlp-json-body';
import { otlpJsonLogsBody } from './support/otlp-json-logs-body';
import { TRACESTATE, XSS_VALUE, type FedTrace } from './browser/otlp-trace.feeder';
import {
  expectAncestorChain,
  isAncestor,
  pollUntil,
  readAttributes,
  readWaterfall,
  rowFor,
  type BrowserWindow,
  type DomElement,
} from './browser/viewer-page.helpers';

// Drives the built viewer UI in Chromium (see browser/chromium.launcher.ts for which one). The
// first part runs the viewer alone on spare ports and feeds it traces whose every id is known; the
// second runs the whole stack on the test ports and follows a real order. Run `npm run build` first.

jest.setTimeout(120_000);

const SERVICES = [
  'api-gateway',
  'database-service',
  'inventory-service',
  'order-service',
  'user-service',
];

interface Session {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
}

async function openSession(browser: LaunchedBrowser): Promise<Session> {
  const page = await browser.context.newPage();
  const session: Session = { page, dialogs: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => session.pageErrors.push(error.message));
  page.setDefaultTimeout(15_000);
  return session;
}

/** From the order's root down to inventory-service's check, each the ancestor of the next. */
const ORDER_TO_STOCK_CHECK = [
  'api-gateway.create_order',
  'order-service.create_order',
  'check_inventory',
  'inventory-service.check',
];

async function openSpan(page: Page, spanId: string) {
  await page.locator(`[data-testid=span-row][data-span-id="${spanId}"]`).click();
  return page.locator(`[data-testid=span-panel][data-span-id="${spanId}"]`);
}

/** One span as otlpJsonBody takes it. */
type FedSpan = Parameters<typeof otlpJsonBody>[0][number];

const hexId = (bytes: number) => randomBytes(bytes).toString('hex');

/** Posts spans to the viewer's OTLP/JSON port as one batch. */
async function postSpans(otlpUrl: string, spans: FedSpan[]): Promise<void> {
  const response = await fetch(otlpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: otlpJsonBody(spans),
  });
  expect(response.status).toBe(200);
}

/** The operations of the stats table's rows, in the order shown. */
function statsOperations(page: Page): Promise<string[]> {
  return page
    .getByTestId('stats-row')
    .evaluateAll((rows) =>
      (rows as unknown as DomElement[]).map((row) => row.dataset.operation ?? ''),
    );
}

describe('trace viewer UI with fed traces (viewer only)', () => {
  const QUERY = 16786;
  const OTLP = `http://127.0.0.1:14418/v1/traces`;
  const OTLP_LOGS = `http://127.0.0.1:14418/v1/logs`;
  const base = `http://127.0.0.1:${QUERY}`;
  let stack: RunningStack;
  let browser: LaunchedBrowser;
  let session: Session;
  let ok: FedTrace;
  let failed: FedTrace;

  beforeAll(async () => {
    stack = await launchStack({
      apps: ['trace-viewer'],
      appEnv: {
        'trace-viewer': {
          TRACE_VIEWER_QUERY_PORT: String(QUERY),
          TRACE_VIEWER_OTLP_PORT: '14418',
          TRACE_VIEWER_JAEGER_PORT: '14368',
        },
      },
    });
    browser = await launchChromium();
    session = await openSession(browser);
    ok = await feedOrderTrace(OTLP);
    failed = await feedOrderTrace(OTLP, { outOfStock: true });
    for (const fed of [ok, failed]) {
      await pollUntil(`trace ${fed.traceId} to be stored`, async () => {
        const body = (await (await fetch(`${base}/api/traces/${fed.traceId}`)).json()) as {
          data?: { spans: unknown[] }[];
        };
        return body.data?.[0]?.spans.length === Object.keys(fed.spanIds).length ? true : undefined;
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    expect(session.pageErrors).toEqual([]);
    expect(session.dialogs).toEqual([]);
  });

  it('lists both traces in search with root, span count, services and error mark', async () => {
    const { page } = session;
    await page.goto(`${base}/search?service=api-gateway&lookback=15m`);
    const okCard = page.locator(`[data-testid=search-result][data-trace-id="${ok.traceId}"]`);
    const failedCard = page.locator(
      `[data-testid=search-result][data-trace-id="${failed.traceId}"]`,
    );
    await okCard.waitFor();
    await expect(page.getByTestId('search-count').textContent()).resolves.toBe('2 traces');
    await expect(okCard.getByTestId('result-root').textContent()).resolves.toBe(
      'api-gateway: POST',
    );
    await expect(okCard.getByTestId('result-span-count').textContent()).resolves.toBe('23 spans');
    const chips = await okCard
      .getByTestId('service-chip')
      .evaluateAll((els) => els.map((el) => (el as unknown as DomElement).dataset.service));
    expect([...chips].sort()).toEqual(SERVICES);
    await expect(okCard.getByTestId('error-mark').count()).resolves.toBe(0);
    await expect(failedCard.getByTestId('error-mark').textContent()).resolves.toBe('⚠ 2 errors');

    await okCard.click();
    await page.waitForURL(`${base}/trace/${ok.traceId}`);
    await expect(page.getByTestId('trace-id').textContent()).resolves.toBe(ok.traceId);
  });

  it('searches by operation, tags and duration through the form', async () => {
    const { page } = session;
    const count = (text: string) =>
      page.getByTestId('search-count').filter({ hasText: new RegExp(`^${text}$`) });
    await page.goto(`${base}/search?lookback=15m`);
    await page.getByTestId('search-service').selectOption('api-gateway');
    await page
      .locator('[data-testid=search-operation] option[value="api-gateway.create_order"]')
      .waitFor({ state: 'attached' });
    await page.getByTestId('search-operation').selectOption('api-gateway.create_order');
    await page.getByTestId('search-tags').fill('user.id=123');
    await page.getByTestId('search-minDuration').fill('50ms');
    await page.getByTestId('search-submit').click();
    await count('2 traces').waitFor();
    const call = await page.locator('.api-call').textContent();
    const params = new URL(`http://x${(call ?? '').replace(/^GET /, '')}`).searchParams;
    expect([
      params.get('service'),
      params.get('operation'),
      params.get('tags'),
      params.get('minDuration'),
    ]).toEqual(['api-gateway', 'api-gateway.create_order', '{"user.id":"123"}', '50ms']);

    await page.getByTestId('search-minDuration').fill('');
    await page.getByTestId('search-maxDuration').fill('1ms');
    await page.getByTestId('search-submit').click();
    await count('0 traces').waitFor();
    await page.getByTestId('search-empty').waitFor();

    await page.getByTestId('search-tags').fill('user.id=123 oops');
    await page.getByTestId('search-submit').click();
    await expect(page.getByTestId('search-error').textContent()).resolves.toBe(
      'Tags: "oops" is not a key=value pair',
    );
  });

  it('nests every span under its parent on one time scale', async () => {
    const { page } = session;
    await page.goto(`${base}/trace/${ok.traceId}`);
    await page.getByTestId('span-row').first().waitFor();
    const rows = await readWaterfall(page);
    expect(rows).toHaveLength(23);
    await expect(page.getByTestId('trace-span-count').textContent()).resolves.toBe('23');
    await expect(page.getByTestId('trace-duration').textContent()).resolves.toBe('100ms');
    for (const [key, spanId] of Object.entries(ok.spanIds)) {
      const row = rows.find((r) => r.spanId === spanId);
      expect({ key, parentId: row?.parentId }).toEqual({ key, parentId: ok.parentIds[key] ?? '' });
      const parent = rows.find((r) => r.spanId === row?.parentId);
      if (parent && row) {
        expect({ key, depth: row.depth, indented: row.indentPx > parent.indentPx }).toEqual({
          key,
          depth: parent.depth + 1,
          indented: true,
        });
      }
    }
    expectAncestorChain(rows, ORDER_TO_STOCK_CHECK);
    // inventory-service.check starts 40ms into the 100ms trace and lasts 10ms.
    const bar = page.locator(
      `[data-testid=span-row][data-span-id="${ok.spanIds['inv.check']}"] [data-testid=span-bar]`,
    );
    const style = await bar.evaluate((el) => ({
      left: (el as unknown as DomElement).style.left,
      width: (el as unknown as DomElement).style.width,
    }));
    expect(Number.parseFloat(style.left)).toBeCloseTo(40, 0);
    expect(Number.parseFloat(style.width)).toBeCloseTo(10, 0);
    await expect(bar.locator('xpath=..').getByTestId('span-duration').textContent()).resolves.toBe(
      '10.0ms',
    );
  });

  it('renders a hostile attribute as text: no script runs, no dialog opens', async () => {
    const { page } = session;
    await page.goto(`${base}/trace/${ok.traceId}`);
    const panel = await openSpan(page, ok.spanIds['gw.create']);
    const value = panel.locator(
      '[data-testid=span-attributes] tr[data-key="tutorial.note"] [data-testid=kv-value]',
    );
    await expect(value.textContent()).resolves.toBe(XSS_VALUE);
    await expect(page.locator('main script, main img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (globalThis as BrowserWindow).__xss)).resolves.toBeUndefined();
    await expect(panel.getByTestId('traceparent-none').textContent()).resolves.toContain(
      'INTERNAL span',
    );
  });

  it('decodes the traceparent a CLIENT span sent and its SERVER span received', async () => {
    const { page } = session;
    await page.goto(`${base}/trace/${ok.traceId}`);
    const clientId = ok.spanIds['gw.orders.client'];
    const header = `00-${ok.traceId}-${clientId}-01`;

    const client = (await openSpan(page, clientId)).getByTestId('traceparent-decoded');
    await expect(client.getAttribute('data-direction')).resolves.toBe('sent');
    await expect(client.getByTestId('traceparent-header').textContent()).resolves.toBe(
      `traceparent: ${header}`,
    );
    await expect(client.getByTestId('tp-version').textContent()).resolves.toBe('00');
    await expect(client.getByTestId('tp-trace-id').textContent()).resolves.toBe(ok.traceId);
    await expect(client.getByTestId('tp-parent-id').textContent()).resolves.toBe(clientId);
    await expect(client.getByTestId('tp-trace-flags').textContent()).resolves.toBe('01');
    await expect(
      client.locator('tr[data-field="trace-flags"] .tp-meaning').textContent(),
    ).resolves.toContain('"sampled" is set');
    await expect(client.getByTestId('tracestate').count()).resolves.toBe(0);

    const server = (await openSpan(page, ok.spanIds['gw.orders.server'])).getByTestId(
      'traceparent-decoded',
    );
    await expect(server.getAttribute('data-direction')).resolves.toBe('received');
    await expect(server.getByTestId('traceparent-header').textContent()).resolves.toBe(
      `traceparent: ${header}`,
    );
    await expect(server.getByTestId('tracestate').locator('code').textContent()).resolves.toBe(
      `tracestate: ${TRACESTATE}`,
    );
  });

  it('shows an exception event with its type, message, stack and time', async () => {
    const { page } = session;
    await page.goto(`${base}/trace/${failed.traceId}`);
    const row = page.locator(
      `[data-testid=span-row][data-span-id="${failed.spanIds['inv.check']}"]`,
    );
    // count() does not wait: the waterfall renders after the page has fetched the trace.
    await row.waitFor();
    await expect(row.getByTestId('span-error').count()).resolves.toBe(1);
    const panel = await openSpan(page, failed.spanIds['inv.check']);
    const exception = panel.getByTestId('span-exception');
    await expect(exception.getByTestId('exception-type').textContent()).resolves.toBe(
      'OutOfStockError',
    );
    await expect(exception.getByTestId('exception-message').textContent()).resolves.toBe(
      ': Product 1 has 0 units left, 2 requested',
    );
    await expect(exception.getByTestId('exception-stack').textContent()).resolves.toMatch(
      /^OutOfStockError: Product 1 has 0 units left, 2 requested\n\s+at /,
    );
    await expect(exception.locator('.event-time').textContent()).resolves.toBe('+5.00ms');
  });

  it("lists a span's own log lines in its panel, in time order with their levels", async () => {
    const { page } = session;
    const spanStart = async (key: string): Promise<number> => {
      const body = (await (await fetch(`${base}/api/traces/${ok.traceId}`)).json()) as {
        data: { spans: { spanID: string; startTime: number }[] }[];
      };
      const span = body.data[0].spans.find((s) => s.spanID === ok.spanIds[key]);
      if (!span) throw new Error(`span ${key} is not in trace ${ok.traceId}`);
      return span.startTime;
    };
    const orderStart = await spanStart('order.create');
    const inventoryStart = await spanStart('inv.check');
    const line = (key: string, service: string, startUs: number, offsetUs: number) =>
      ({
        service,
        traceId: ok.traceId,
        spanId: ok.spanIds[key],
        timeUs: startUs + offsetUs,
      }) as const;
    // Sent out of time order, in two requests, through the real OTLP/JSON ingest.
    const batches = [
      [
        {
          ...line('order.create', 'order-service', orderStart, 40_000),
          severityNumber: 17,
          severityText: 'error',
          body: 'reservation failed',
        },
        {
          ...line('inv.check', 'inventory-service', inventoryStart, 1_000),
          severityNumber: 9,
          severityText: 'info',
          body: 'checking stock',
        },
        {
          ...line('order.create', 'order-service', orderStart, 2_000),
          severityNumber: 9,
          severityText: 'info',
          body: 'creating order',
          attrs: { context: 'OrdersService' },
        },
      ],
      [
        {
          ...line('order.create', 'order-service', orderStart, 20_000),
          severityNumber: 13,
          severityText: 'warn',
          body: 'stock is low',
        },
      ],
    ];
    for (const records of batches) {
      const response = await fetch(OTLP_LOGS, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: otlpJsonLogsBody(records),
      });
      expect(response.status).toBe(200);
    }
    await pollUntil('the log lines to be stored', async () => {
      const body = (await (await fetch(`${base}/api/ui/traces/${ok.traceId}/logs`)).json()) as {
        data: unknown[];
      };
      return body.data.length === 4 ? true : undefined;
    });

    await page.goto(`${base}/trace/${ok.traceId}`);
    const panel = await openSpan(page, ok.spanIds['order.create']);
    const lines = panel.getByTestId('span-log-line');
    await lines.first().waitFor();
    await expect(readAttributes(lines, ['data-level'], '')).resolves.toEqual([
      'info',
      'warn',
      'error',
    ]);
    await expect(lines.getByTestId('log-body').allTextContents()).resolves.toEqual([
      'creating order',
      'stock is low',
      'reservation failed',
    ]);
    await expect(lines.getByTestId('log-offset').allTextContents()).resolves.toEqual([
      '+2.00ms',
      '+20.0ms',
      '+40.0ms',
    ]);
    await expect(lines.getByTestId('log-level').allTextContents()).resolves.toEqual([
      'info',
      'warn',
      'error',
    ]);
    // A line's attributes fold under it.
    const attributes = lines.first().getByTestId('log-attributes');
    await expect(attributes.isVisible()).resolves.toBe(false);
    await lines.first().locator('summary').click();
    await expect(
      attributes.locator('tr[data-key=context] td.kv-value').textContent(),
    ).resolves.toBe('OrdersService');
    await expect(panel.getByText('checking stock').count()).resolves.toBe(0);

    const inventory = await openSpan(page, ok.spanIds['inv.check']);
    await expect(
      inventory.getByTestId('span-log-line').getByTestId('log-body').allTextContents(),
    ).resolves.toEqual(['checking stock']);
    const quiet = await openSpan(page, ok.spanIds['gw.server']);
    await expect(quiet.getByTestId('span-logs-empty').textContent()).resolves.toBe(
      'No log lines in this span.',
    );
    await expect(quiet.getByTestId('span-log-line').count()).resolves.toBe(0);
  });

  it('shows the API error when search input is rejected or a trace is unknown', async () => {
    const { page } = session;
    await page.goto(`${base}/search?service=api-gateway&minDuration=bogus`);
    const error = page.getByTestId('search-error');
    await expect(error.textContent()).resolves.toMatch(/^400: .*minDuration/);
    await page.goto(`${base}/trace/0123456789abcdef0123456789abcdef`);
    await expect(page.getByTestId('trace-error').textContent()).resolves.toBe(
      'Trace 0123456789abcdef0123456789abcdef: 404: trace not found',
    );
  });

  it('draws the service map with one edge per caller and callee, errors where either side saw one', async () => {
    const { page } = session;
    await page.goto(`${base}/map`);
    await page.getByTestId('service-map-edge').first().waitFor();
    const edges = (
      await readAttributes(
        page.getByTestId('service-map-edge'),
        ['data-parent', 'data-child', 'data-calls', 'data-errors'],
        '|',
      )
    ).map((edge) => edge.replace('|', '->').replace('|', ':').replace('|', ' errors '));
    // The 409 of the out-of-stock order is an error on the gateway's client span only.
    expect(edges.sort()).toEqual([
      'api-gateway->order-service:2 errors 1',
      'api-gateway->user-service:2 errors 0',
      'order-service->database-service:2 errors 0',
      'order-service->inventory-service:4 errors 0',
      'user-service->database-service:2 errors 0',
    ]);
    const nodes = await readAttributes(page.getByTestId('service-map-node'), ['data-service'], '');
    expect(nodes.sort()).toEqual(SERVICES);
  });

  it('lists stats per operation and filters them by service', async () => {
    const { page } = session;
    await page.goto(`${base}/stats`);
    const row = page.locator(
      '[data-testid=stats-row][data-service="api-gateway"][data-operation="api-gateway.create_order"]',
    );
    await expect(row.getByTestId('stats-count').textContent()).resolves.toBe('2');
    await page.getByTestId('stats-service').selectOption('inventory-service');
    await page
      .locator('[data-testid=stats-row][data-service="inventory-service"]')
      .first()
      .waitFor();
    await pollUntil('the filter to apply', async () =>
      (await page
        .locator('[data-testid=stats-row]:not([data-service="inventory-service"])')
        .count()) === 0
        ? true
        : undefined,
    );
    const check = page.locator('[data-testid=stats-row][data-operation="inventory-service.check"]');
    await expect(check.getByTestId('stats-error-rate').textContent()).resolves.toBe('50%');
    // A client span is listed with the service it called, its 4xx counted as an error.
    await page.getByTestId('stats-service').selectOption('api-gateway');
    const call = page.locator(
      '[data-testid=stats-row][data-service="api-gateway"][data-operation="POST"][data-peer="order-service"]',
    );
    await expect(call.getByTestId('stats-peer').textContent()).resolves.toBe(' → order-service');
    await expect(call.getByTestId('stats-error-rate').textContent()).resolves.toBe('50%');
  });

  it("sorts stats by any column either way, and shows the window a run's link asks for", async () => {
    const { page } = session;
    const sinceMs = Date.now();
    const span = (name: string, startMs: number, durationMs: number): FedSpan => ({
      traceId: hexId(16),
      spanId: hexId(8),
      name,
      service: 'stats-svc',
      startMs,
      durationMs,
    });
    // One span a minute before the run's start, then the run's: op-b and op-d tie on p99.
    await postSpans(OTLP, [
      span('before-the-run', sinceMs - 60_000, 5),
      span('op-a', sinceMs + 1, 30),
      span('op-b', sinceMs + 2, 10),
      span('op-c', sinceMs + 3, 20),
      span('op-d', sinceMs + 4, 10),
    ]);

    // The link `npm run hunt -- start slow-hop` prints: the window since it started, by p99.
    await page.goto(`${base}/stats?since=${sinceMs}&sort=p99`);
    await page.getByTestId('stats-row').first().waitFor();
    const clock = await page.evaluate((ms) => new Date(ms).toTimeString().slice(0, 8), sinceMs);
    await expect(
      page.locator('[data-testid=stats-lookback] option:checked').textContent(),
    ).resolves.toBe(`Since ${clock}`);
    const header = (key: string) =>
      page.locator('th').filter({ has: page.getByTestId(`stats-sort-${key}`) });
    const shows = async (order: string[], key: string, sorted: string) => {
      await pollUntil(`rows in the order ${order.join(', ')}`, async () =>
        JSON.stringify(await statsOperations(page)) === JSON.stringify(order) ? true : undefined,
      );
      await expect(header(key).getAttribute('aria-sort')).resolves.toBe(sorted);
    };
    await shows(['op-a', 'op-c', 'op-b', 'op-d'], 'p99', 'descending');
    await expect(page.getByTestId('stats-sort-p99').textContent()).resolves.toBe('p99 ▼');

    await page.getByTestId('stats-sort-p99').click();
    await shows(['op-b', 'op-d', 'op-c', 'op-a'], 'p99', 'ascending');
    await expect(page.getByTestId('stats-sort-p99').textContent()).resolves.toBe('p99 ▲');
    expect(new URL(page.url()).searchParams.get('dir')).toBe('asc');
    await page.getByTestId('stats-sort-operation').click();
    await shows(['op-a', 'op-b', 'op-c', 'op-d'], 'operation', 'ascending');
    await expect(header('p99').getAttribute('aria-sort')).resolves.toBe('none');
    await page.getByTestId('stats-sort-operation').click();
    await shows(['op-d', 'op-c', 'op-b', 'op-a'], 'operation', 'descending');
    // Every row counts one span: a tie throughout, so the rows keep their first order.
    await page.getByTestId('stats-sort-spans').click();
    await shows(['op-a', 'op-b', 'op-c', 'op-d'], 'spans', 'descending');

    // Back to a lookback: the minute before the run is in the window again.
    await page.getByTestId('stats-service').selectOption('stats-svc');
    await page.getByTestId('stats-lookback').selectOption('15m');
    await shows(['before-the-run', 'op-a', 'op-b', 'op-c', 'op-d'], 'spans', 'descending');
    expect(new URL(page.url()).searchParams.get('since')).toBeNull();
  });

  it('pushes a new trace to the top of the live view without reloading', async () => {
    const { page } = session;
    await page.goto(`${base}/live`);
    await page.locator('[data-testid=live-status][data-state=open]').waitFor();
    await page.evaluate(() => ((globalThis as BrowserWindow).__sameDocument = true));
    const fresh = await feedOrderTrace(OTLP);
    const first = page.getByTestId('live-item').first();
    await page.locator(`[data-testid=live-item][data-trace-id="${fresh.traceId}"]`).waitFor();
    await expect(first.getAttribute('data-trace-id')).resolves.toBe(fresh.traceId);
    await expect(page.evaluate(() => (globalThis as BrowserWindow).__sameDocument)).resolves.toBe(
      true,
    );
    await first.locator('a').click();
    await page.waitForURL(`${base}/trace/${fresh.traceId}`);
    await page.getByTestId('span-row').first().waitFor();
  });

  it('lists a trace once in the live view, its row growing as its spans arrive', async () => {
    const { page } = session;
    await page.goto(`${base}/live`);
    await page.locator('[data-testid=live-status][data-state=open]').waitFor();
    const traceId = hexId(16);
    const rootId = hexId(8);
    const startMs = Date.now() - 100;
    const child = (service: string, name: string): FedSpan => ({
      traceId,
      spanId: hexId(8),
      parentSpanId: rootId,
      name,
      service,
      startMs: startMs + 5,
      durationMs: 20,
    });
    const rows = page.locator(`[data-testid=live-item][data-trace-id="${traceId}"]`);
    const counter = page.getByTestId('live-count');

    // The gateway's batch first, as the services export theirs on their own schedules.
    const gateway = { traceId, spanId: rootId, name: 'GET /grow', service: 'grow-gateway' };
    await postSpans(OTLP, [{ ...gateway, startMs, durationMs: 50 }, child('grow-gateway', 'GET')]);
    await rows.filter({ hasText: '2 spans' }).waitFor();
    const countAfterFirst = await counter.textContent();

    await postSpans(OTLP, [child('grow-backend', 'GET'), child('grow-backend', 'backend.work')]);
    await rows.filter({ hasText: '4 spans' }).first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(counter.textContent()).resolves.toBe(countAfterFirst);
    await expect(page.getByTestId('live-item').first().getAttribute('data-trace-id')).resolves.toBe(
      traceId,
    );
  });
});

describe('trace viewer UI following a real order through the whole stack', () => {
  const base = TEST_STACK_URLS.JAEGER_QUERY_URL;
  let stack: RunningStack;
  let browser: LaunchedBrowser;
  let session: Session;

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium();
    session = await openSession(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows the order live, in search, as a nested waterfall and on the service map', async () => {
    const { page } = session;
    await page.goto(`${base}/live`);
    await page.locator('[data-testid=live-status][data-state=open]').waitFor();

    const response = await fetch(
      `${TEST_STACK_URLS.GATEWAY_URL}/orders?user_id=123&product_id=1&quantity=2`,
      { method: 'POST' },
    );
    expect(response.status).toBe(201);
    const item = page.locator('[data-testid=live-item]').filter({ hasText: 'api-gateway' }).first();
    await item.waitFor({ timeout: 20_000 });
    const traceId = (await item.getAttribute('data-trace-id')) ?? '';
    expect(traceId).toMatch(/^[0-9a-f]{16,32}$/);

    // Spans from five processes arrive in separate batches: wait until the deepest one is in.
    await pollUntil('all create_order spans', async () => {
      const body = (await (await fetch(`${base}/api/traces/${traceId}`)).json()) as {
        data?: { spans: { operationName: string }[] }[];
      };
      const names = body.data?.[0]?.spans.map((s) => s.operationName) ?? [];
      return [
        'inventory-service.check',
        'database-service.insert',
        'inventory-service.reserve',
        'database-service.query',
      ].every((n) => names.includes(n))
        ? true
        : undefined;
    });

    await page.goto(`${base}/search?service=api-gateway&lookback=15m`);
    const card = page.locator(`[data-testid=search-result][data-trace-id="${traceId}"]`);
    await card.click();
    await page.waitForURL(`${base}/trace/${traceId}`);
    await page.getByTestId('span-row').first().waitFor();
    const rows = await readWaterfall(page);
    expectAncestorChain(rows, ORDER_TO_STOCK_CHECK);
    expect(
      isAncestor(
        rows,
        rowFor(rows, 'api-gateway.create_order'),
        rowFor(rows, 'database-service.query'),
      ),
    ).toBe(true);

    // The order-service SERVER span received the traceparent its caller's CLIENT span sent.
    const orderServer = rows.find((r) => r.service === 'order-service' && r.kind === 'SERVER');
    const caller = rows.find((r) => r.spanId === orderServer?.parentId);
    expect([caller?.service, caller?.kind]).toEqual(['api-gateway', 'CLIENT']);
    const panel = await openSpan(page, orderServer?.spanId ?? '');
    const decoded = panel.getByTestId('traceparent-decoded');
    const w3cTraceId = traceId.padStart(32, '0');
    await expect(decoded.getByTestId('traceparent-header').textContent()).resolves.toBe(
      `traceparent: 00-${w3cTraceId}-${caller?.spanId}-01`,
    );
    await expect(decoded.getByTestId('tp-parent-id').textContent()).resolves.toBe(caller?.spanId);

    await page.goto(`${base}/map`);
    await page.getByTestId('service-map-edge').first().waitFor();
    const edges = await readAttributes(
      page.getByTestId('service-map-edge'),
      ['data-parent', 'data-child'],
      '->',
    );
    expect(edges).toEqual(
      expect.arrayContaining([
        'api-gateway->user-service',
        'api-gateway->order-service',
        'user-service->database-service',
        'order-service->inventory-service',
        'order-service->database-service',
      ]),
    );
    expect(session.pageErrors).toEqual([]);
    expect(session.dialogs).toEqual([]);
  });
});
