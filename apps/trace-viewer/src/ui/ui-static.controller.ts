import { Controller, Get, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { findProjectRoot } from '../common/project-root';

const UI_DIST = join(findProjectRoot(), 'apps/trace-viewer/ui/dist');

/** Serves the built UI for every non-/api GET, with index.html as the SPA fallback. */
@Controller()
export class UiStaticController {
  @Get(['/', '*path'])
  serve(@Req() request: Request, @Res() response: Response): void {
    if (request.path === '/api' || request.path.startsWith('/api/')) {
      throw new NotFoundException();
    }
    const index = join(UI_DIST, 'index.html');
    if (!existsSync(index)) {
      response
        .status(200)
        .type('text/plain')
        .set('Cache-Control', 'no-cache')
        .send('UI not built: run npm run build\n');
      return;
    }
    const file = this.resolveFile(request.path);
    if (file) {
      this.send(response, file);
    } else if (extname(request.path) === '') {
      this.send(response, index);
    } else {
      response.status(404).type('text/plain').send('Not found\n');
    }
  }

  private resolveFile(urlPath: string): string | null {
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(urlPath));
    } catch {
      return null;
    }
    const candidate = resolve(UI_DIST, `.${sep}${relative}`);
    if (candidate !== UI_DIST && !candidate.startsWith(UI_DIST + sep)) return null;
    try {
      return statSync(candidate).isFile() ? candidate : null;
    } catch {
      return null;
    }
  }

  private send(response: Response, file: string): void {
    // Revalidate every time (ETag/Last-Modified): the files are rebuilt in place without hashes.
    response.sendFile(file, { headers: { 'Cache-Control': 'no-cache' }, dotfiles: 'deny' });
  }
}
