import { Controller, Get, Req, Res, Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LiveFeedService } from './live-feed.service';

const HEARTBEAT_MS = 15_000;

/** GET /api/ui/live: Server-Sent Events, one `trace` event per updated trace. */
@Controller('api/ui')
export class LiveController {
  constructor(@Inject(LiveFeedService) private readonly feed: LiveFeedService) {}

  @Get('live')
  live(@Req() request: Request, @Res() response: Response): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // Reverse proxies (nginx) must not buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    response.write(': connected\n\n');
    const unsubscribe = this.feed.subscribe((event) => {
      response.write(`event: trace\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    request.once('close', close);
    response.once('close', close);
  }
}
