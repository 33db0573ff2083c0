import { Injectable, OnModuleDestroy, Inject } from '@nestjs/common';
import { StoredTrace } from '../store/stored-trace';
import { TraceStore } from '../store/trace-store';
import type { LiveTraceEvent } from '../common/ui-api.types';
import { toLiveTraceEvent } from './live-trace-event';

/** Spans of one trace usually arrive in a burst; one summary per trace per window is enough. */
export const LIVE_COALESCE_MS = 250;

export type LiveSubscriber = (event: LiveTraceEvent) => void;

/** Turns store updates into coalesced trace summaries for the SSE clients. */
@Injectable()
export class LiveFeedService implements OnModuleDestroy {
  private readonly subscribers = new Set<LiveSubscriber>();
  private readonly pending = new Set<StoredTrace>();
  private timer: NodeJS.Timeout | undefined;
  private readonly unsubscribeStore: () => void;

  constructor(@Inject(TraceStore) store: TraceStore) {
    this.unsubscribeStore = store.onTraceUpdated((trace) => this.onTraceUpdated(trace));
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  onModuleDestroy(): void {
    this.unsubscribeStore();
    if (this.timer) clearTimeout(this.timer);
    this.subscribers.clear();
  }

  private onTraceUpdated(trace: StoredTrace): void {
    if (this.subscribers.size === 0) return;
    this.pending.add(trace);
    this.timer ??= setTimeout(() => this.flush(), LIVE_COALESCE_MS);
  }

  private flush(): void {
    this.timer = undefined;
    const traces = [...this.pending];
    this.pending.clear();
    for (const trace of traces) {
      if (trace.evicted) continue;
      const event = toLiveTraceEvent(trace);
      for (const subscriber of this.subscribers) subscriber(event);
    }
  }
}
