import type { Page } from 'playwright-core';
import type { JaegerTrace } from '@tools/trace-model/api';
import { launchStack, type RunningStack } from '../../stack/launch-stack';
import { launchChromium, type LaunchedBrowser } from './browser/chromium.launcher';
import { feedLinkedTraces, type LinkedTraces } from './browser/linked-traces';
import { pollUntil, readWaterfall } from './browser/viewer-page.helpers';

// Span links in the built viewer UI, in Chromium: a consumer's span shows the producer span it
// links to, as Jaeger's UI shows a FOLLOWS_FROM reference. A viewer of its own, on spare ports,
// so the other browser suite's counts stay as they are. Run `npm run build` first.

jest.setTimeout(120_000);

const QUERY = 16787;
const OTLP = 14419;
const base = `http://127.0.0.1:${QUERY}`;

describe('trace viewer UI: span links', () => {
  let stack: RunningStack;
  let browser: LaunchedBrowser;
  let page: Page;
  let ids: LinkedTraces;
  const pageErrors: string[] = [];

  async function storedTrace(traceId: string): Promise<JaegerTrace> {
    return pollUntil(`trace ${traceId} to be stored`, async () => {
      const response = await fetch(`${base}/api/traces/${traceId}`);
      if (!response.ok) return undefined;
      return ((await response.json()) as { data: JaegerTrace[] }).data[0];
    });
  }

  async function openSpan(traceId: string, spanId: string) {
    await page.goto(`${base}/trace/${traceId}`);
    await page.locator(`[data-testid=span-row][data-span-id="${spanId}"]`).click();
    return page.locator(`[data-testid=span-panel][data-span-id="${spanId}"]`);
  }

  beforeAll(async () => {
    stack = await launchStack({
      apps: ['trace-viewer'],
      appEnv: {
        'trace-viewer': {
          TRACE_VIEWER_QUERY_PORT: String(QUERY),
          TRACE_VIEWER_OTLP_PORT: String(OTLP),
          TRACE_VIEWER_JAEGER_PORT: '14369',
        },
      },
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.setDefaultTimeout(15_000);
    ids = await feedLinkedTraces(`http://127.0.0.1:${OTLP}/v1/traces`);
    for (const traceId of [ids.orderTraceId, ids.notificationTraceId, ids.orphanTraceId]) {
      await storedTrace(traceId);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it("answers the consumer's link as Jaeger does: a FOLLOWS_FROM reference, no parent", async () => {
    const trace = await storedTrace(ids.notificationTraceId);
    const consumer = trace.spans.find((span) => span.spanID === ids.consumerSpanId);
    expect(consumer?.references).toEqual([
      { refType: 'FOLLOWS_FROM', traceID: ids.orderTraceId, spanID: ids.producerSpanId },
    ]);
  });

  it('shows the link in the consumer span panel and opens the producer span from it', async () => {
    const panel = await openSpan(ids.notificationTraceId, ids.consumerSpanId);

    // The link is not a parent: the consumer is the root of its own trace.
    const rows = await readWaterfall(page);
    expect(rows[0]).toMatchObject({
      spanId: ids.consumerSpanId,
      operation: 'process notifications',
      kind: 'CONSUMER',
      depth: 0,
      parentId: '',
    });
    await expect(panel.getByTestId('panel-parent-id').textContent()).resolves.toBe('— (root span)');
    const links = panel.getByTestId('span-links');
    await expect(links.locator('h3').textContent()).resolves.toBe('Links (1)');
    const item = links.getByTestId('span-link');
    await expect(item.getByTestId('link-type').textContent()).resolves.toBe('FOLLOWS_FROM');
    await expect(item.getByTestId('link-trace-id').textContent()).resolves.toBe(ids.orderTraceId);
    await expect(item.getByTestId('link-span-id').textContent()).resolves.toBe(ids.producerSpanId);

    const open = item.getByTestId('link-open');
    await expect(open.getAttribute('href')).resolves.toBe(
      `/trace/${ids.orderTraceId}?span=${ids.producerSpanId}`,
    );
    await open.click();
    await page.waitForURL(`${base}/trace/${ids.orderTraceId}?span=${ids.producerSpanId}`);
    const producer = page.locator(`[data-testid=span-panel][data-span-id="${ids.producerSpanId}"]`);
    await expect(producer.getByTestId('panel-operation').textContent()).resolves.toBe(
      'send notifications',
    );
    await expect(producer.getByTestId('panel-kind').textContent()).resolves.toBe('PRODUCER');
    await expect(producer.getByTestId('span-links').count()).resolves.toBe(0);
  });

  it('names a link whose trace the viewer does not hold, without a way to open it', async () => {
    const panel = await openSpan(ids.orphanTraceId, ids.orphanConsumerSpanId);
    const item = panel.getByTestId('span-link');
    await expect(item.getByTestId('link-trace-id').textContent()).resolves.toBe(ids.missingTraceId);
    await expect(item.getByTestId('link-span-id').textContent()).resolves.toBe(ids.missingSpanId);
    await pollUntil('the lookup of the linked trace to finish', async () =>
      (await item.getByTestId('link-status').textContent())?.includes('not stored')
        ? true
        : undefined,
    );
    await expect(item.getByTestId('link-status').textContent()).resolves.toBe(
      ' (that trace is not stored in this viewer)',
    );
    await expect(item.getByTestId('link-open').count()).resolves.toBe(0);
  });
});
