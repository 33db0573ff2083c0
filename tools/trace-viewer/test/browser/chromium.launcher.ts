import bundledChromium from '@sparticuz/chromium';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Names a Chromium (or Chrome) executable to use instead of looking for one. */
export const CHROMIUM_PATH_VARIABLE = 'CHROMIUM_PATH';

const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable'];

// Headless with a throwaway profile. The background-networking flags keep Chromium from calling
// Google's hosts at start-up, which a closed network answers with a storm of refused connections.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Where the executable came from, for failure messages. */
  source: string;
  close(): Promise<void>;
}

interface FoundChromium {
  executablePath: string;
  source: string;
  env?: Record<string, string>;
  /** What to try when this one does not start. */
  hint?: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function findOnPath(names: readonly string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** The browser to drive: `CHROMIUM_PATH` if set, else a system Chromium, else the bundled one. */
export async function findChromium(): Promise<FoundChromium> {
  const named = process.env[CHROMIUM_PATH_VARIABLE];
  if (named) return { executablePath: named, source: `${CHROMIUM_PATH_VARIABLE}=${named}` };
  const system = findOnPath(SYSTEM_CHROMIUM_NAMES);
  if (system) return { executablePath: system, source: `system Chromium at ${system}` };
  // The Chromium that `npm ci` brought inside @sparticuz/chromium, unpacked on first use into the
  // temp directory (about 210 MB) and reused from there by every later launch.
  let bundled: string;
  try {
    bundled = await bundledChromium.executablePath();
  } catch (error) {
    throw new Error(
      `Could not unpack the Chromium of @sparticuz/chromium into ${tmpdir()}: it needs about ` +
        `210 MB free there (TMPDIR moves it), or set ${CHROMIUM_PATH_VARIABLE}. See the README's ` +
        `Troubleshooting.\n${messageOf(error)}`,
    );
  }
  return {
    executablePath: bundled,
    source: `@sparticuz/chromium, unpacked at ${bundled}`,
    // Its headless shell reads the fonts it ships, unpacked beside it.
    env: { FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? join(tmpdir(), 'fonts') },
    hint: `If an earlier unpack was cut short, delete ${bundled} and run again. `,
  };
}

/** Launches Chromium headless with a fresh profile directory, removed on close. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const found = await findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'trace-viewer-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: found.executablePath,
      args: ARGS,
      env: found.env ? { ...process.env, ...found.env } : undefined,
      viewport: { width: 1400, height: 900 },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new Error(
      `Could not start Chromium (${found.source}). ${found.hint ?? ''}Set ` +
        `${CHROMIUM_PATH_VARIABLE} to a working Chromium or Chrome, or see the README's ` +
        `Troubleshooting.\n${messageOf(error)}`,
    );
  }
  return {
    context,
    source: found.source,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
