import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built UI: esbuild writes it to apps/trace-viewer/ui/dist and nest-cli.json's `assets`
 * mirror it into the app's build output, so it sits at the same place relative to this module
 * whether the viewer runs from source or from dist/.
 */
export const UI_ROOT = join(__dirname, '..', '..', 'ui', 'dist');

// The single-page fallback covers paths whose last segment has no file extension; a missing
// /app.js must be a 404, not index.html served as JavaScript.
const PAGE_PATH = /\/[^/.]*$/;

// Revalidate every time (ETag/Last-Modified): the files are rebuilt in place without hashes.
function noCache(response: Response): void {
  response.setHeader('Cache-Control', 'no-cache');
}

/** The web UI: its files, and index.html for every other non-API path (the single-page app). */
@Module({})
export class WebModule {
  static forRoot(root: string = UI_ROOT): DynamicModule {
    if (!existsSync(join(root, 'index.html'))) {
      new Logger(WebModule.name).warn(`UI not built (no ${root}): run npm run build`);
      return { module: WebModule };
    }
    return {
      module: WebModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: root,
          renderPath: PAGE_PATH,
          exclude: ['/api/{*path}'],
          serveStaticOptions: { setHeaders: noCache },
        }),
      ],
    };
  }
}
