import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchStack } from '../../../stack/launch-stack';
import { launchChromium } from './chromium.launcher';

// Starts the built stack, places orders and photographs every viewer page with Chromium.
// The trace page goes to docs/images/trace-page.png (the README's picture), the rest to
// .test-artifacts/screenshots/. Run after `npm run build`:
//   npx tsx apps/trace-viewer/test/browser/capture-screenshots.ts

const ROOT = join(__dirname, '../../../..');
const VIEWER = 'http://127.0.0.1:16686';
const ORDER = 'http://127.0.0.1:8000/orders?user_id=123&product_id=1&quantity=2';

async function main(): Promise<void> {
  const outDir = join(ROOT, '.test-artifacts/screenshots');
  await mkdir(outDir, { recursive: true });
  await mkdir(join(ROOT, 'docs/images'), { recursive: true });
  const stack = await launchStack();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${VIEWER}/live`);
    await page.locator('[data-testid=live-status][data-state=open]').waitFor();
    for (let i = 0; i < 3; i++) await fetch(ORDER, { method: 'POST' });
    const item = page.getByTestId('live-item').nth(2);
    await item.waitFor();
    await page.screenshot({ path: join(outDir, 'live-page.png') });
    const traceId =
      (await page.getByTestId('live-item').first().getAttribute('data-trace-id')) ?? '';
    // Let the last batches of spans from every service arrive before photographing the tree.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    await page.goto(`${VIEWER}/search?service=api-gateway&lookback=15m`);
    await page.getByTestId('search-result').first().waitFor();
    await page.screenshot({ path: join(outDir, 'search-page.png') });

    await page.goto(`${VIEWER}/trace/${traceId}`);
    await page.getByTestId('span-row').first().waitFor();
    await page
      .locator('[data-testid=span-row][data-service="order-service"][data-kind="SERVER"]')
      .click();
    await page.getByTestId('span-panel').waitFor();
    await page.screenshot({ path: join(ROOT, 'docs/images/trace-page.png'), fullPage: true });

    await page.goto(`${VIEWER}/map`);
    await page.getByTestId('service-map-edge').first().waitFor();
    await page.screenshot({ path: join(outDir, 'service-map.png') });
    await page.goto(`${VIEWER}/stats`);
    await page.getByTestId('stats-row').first().waitFor();
    await page.screenshot({ path: join(outDir, 'stats-page.png'), fullPage: true });
    console.log(`screenshots in ${outDir} and docs/images/trace-page.png`);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
