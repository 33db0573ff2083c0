import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { LiveTraceEvent } from '@tools/trace-model';
import { Observable, Subject, bufferTime, filter, finalize, mergeMap, share } from 'rxjs';
import type { StoredTrace } from '../../model/stored-trace';
import { TraceStore } from '../../store/trace-store';
import { toLiveTraceEvent } from './live-trace-event';

/** Spans of one trace usually arrive in a burst; one summary per trace per window is enough. */
export const LIVE_COALESCE_MS = 250;

/** Turns store updates into coalesced trace summaries, one stream shared by every live client. */
@Injectable()
export class LiveFeedService implements OnModuleDestroy {
  private readonly updates = new Subject<StoredTrace>();
  private readonly unsubscribeStore: () => void;
  private subscribers = 0;

  /** Trace summaries, at most one per trace per coalescing window. */
  readonly events: Observable<LiveTraceEvent>;

  constructor(@Inject(TraceStore) store: TraceStore) {
    this.unsubscribeStore = store.onTraceUpdated((trace) => this.updates.next(trace));
    const shared = this.updates.pipe(
      bufferTime(LIVE_COALESCE_MS),
      filter((traces) => traces.length > 0),
      mergeMap((traces) =>
        [...new Set(traces)].filter((trace) => !trace.evicted).map(toLiveTraceEvent),
      ),
      share(),
    );
    this.events = new Observable<LiveTraceEvent>((subscriber) => {
      this.subscribers++;
      return shared.pipe(finalize(() => this.subscribers--)).subscribe(subscriber);
    });
  }

  /** Live clients connected now (lets tests check that a disconnect releases its subscription). */
  get subscriberCount(): number {
    return this.subscribers;
  }

  onModuleDestroy(): void {
    this.unsubscribeStore();
    this.updates.complete();
  }
}
