import { Controller, Inject, type MessageEvent, Sse } from '@nestjs/common';
import { Observable, interval, map, merge, of } from 'rxjs';
import { LiveFeedService } from './live-feed.service';

const HEARTBEAT_MS = 15_000;

/** GET /api/ui/live: Server-Sent Events, one `trace` event per updated trace. */
@Controller('api/ui')
export class LiveController {
  constructor(@Inject(LiveFeedService) private readonly feed: LiveFeedService) {}

  @Sse('live')
  live(): Observable<MessageEvent> {
    return merge(
      // A first comment commits the headers at once, so the client knows it is connected.
      of({ comment: 'connected' }),
      // Comments keep idle proxies from closing the stream.
      interval(HEARTBEAT_MS).pipe(map(() => ({ comment: 'heartbeat' }))),
      this.feed.events.pipe(map((event) => ({ type: 'trace', data: event }))),
    );
  }
}
