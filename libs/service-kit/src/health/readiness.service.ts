import { Inject, Injectable } from '@nestjs/common';

/** Injection token of the service's downstream hops: name → base URL. */
export const DOWNSTREAM_HOPS = Symbol('DOWNSTREAM_HOPS');

/** How long one hop's `/health` may take before the hop counts as not answering. */
const HOP_HEALTH_TIMEOUT_MS = 1_000;

async function answers(baseUrl: string): Promise<boolean> {
  try {
    // fetch (undici) is not instrumented: a readiness probe makes no spans.
    const response = await fetch(new URL('/health', baseUrl), {
      signal: AbortSignal.timeout(HOP_HEALTH_TIMEOUT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Asks each downstream hop's `/health` at once; lists those that did not answer. */
@Injectable()
export class ReadinessService {
  constructor(
    @Inject(DOWNSTREAM_HOPS) private readonly downstreams: Readonly<Record<string, string>>,
  ) {}

  /** The hops' names. */
  hops(): string[] {
    return Object.keys(this.downstreams);
  }

  async unreadyHops(): Promise<string[]> {
    const entries = Object.entries(this.downstreams);
    const results = await Promise.all(entries.map(([, url]) => answers(url)));
    return entries.filter((_, index) => !results[index]).map(([hop]) => hop);
  }
}
