import { parseGoDurationMicros } from '@tools/trace-model';
import { Transform } from 'class-transformer';
import { IsDefined, ValidateIf } from 'class-validator';
import type { SearchCriteria } from '../span-matcher';
import { IsNotShorterThan, allValues, firstValue } from '../query-params';
import {
  IsGoDuration,
  IsGoInteger,
  IsNotNegative,
  IsTagPairs,
  IsTagsJson,
} from './jaeger-params.validators';

const DEFAULT_LIMIT = 100;
// Jaeger query's default search window when start is not given.
const DEFAULT_LOOKBACK_US = 2 * 24 * 3600 * 1_000_000;

/** Search parameters are only read, and so only checked, when no traceID is given. */
function searching(params: TraceSearchParams): boolean {
  return params.traceID.length === 0;
}

/** Checks a given search parameter of a search; an absent one is left to its default. */
const IfSearchingAndGiven = () =>
  ValidateIf(
    (params: TraceSearchParams, value: unknown) => searching(params) && value !== undefined,
  );

/**
 * GET /api/traces parameters: either traceID (repeatable) or a search, checked in the order
 * jaeger-query checks them. Validators that share a property run bottom-up.
 */
export class TraceSearchParams {
  @Transform(allValues)
  traceID: string[] = [];

  @ValidateIf(searching)
  @IsDefined({ message: "parameter 'service' is required" })
  @Transform(firstValue)
  service?: string;

  @Transform(firstValue)
  operation?: string;

  @IfSearchingAndGiven()
  @IsGoInteger('end')
  @Transform(firstValue)
  end?: string;

  @IfSearchingAndGiven()
  @IsGoInteger('start')
  @Transform(firstValue)
  start?: string;

  @IfSearchingAndGiven()
  @IsNotNegative('limit')
  @IsGoInteger('limit')
  @Transform(firstValue)
  limit?: string;

  @IfSearchingAndGiven()
  @IsGoDuration('minDuration')
  @Transform(firstValue)
  minDuration?: string;

  @IfSearchingAndGiven()
  @IsNotShorterThan('minDuration', {
    message: "'maxDuration' should be greater than 'minDuration'",
  })
  @IsGoDuration('maxDuration')
  @Transform(firstValue)
  maxDuration?: string;

  @IfSearchingAndGiven()
  @IsTagPairs()
  @Transform(allValues)
  tag: string[] = [];

  @IfSearchingAndGiven()
  @IsTagsJson()
  @Transform(allValues)
  tags: string[] = [];
}

function duration(text: string | undefined): number | undefined {
  return text === undefined ? undefined : (parseGoDurationMicros(text) ?? undefined);
}

/** The search a valid TraceSearchParams asks for, with jaeger-query's defaults filled in. */
export function toSearchCriteria(params: TraceSearchParams, nowUs: number): SearchCriteria {
  const endUs = params.end === undefined ? nowUs : Number(params.end);
  const limit = params.limit === undefined ? 0 : Number(params.limit);
  const tags: [string, string][] = params.tag.map((raw) => {
    const colon = raw.indexOf(':');
    return [raw.slice(0, colon), raw.slice(colon + 1)];
  });
  for (const raw of params.tags) {
    tags.push(...Object.entries(JSON.parse(raw) as Record<string, string>));
  }
  return {
    service: params.service,
    operation: params.operation,
    tags,
    startMinUs: params.start === undefined ? endUs - DEFAULT_LOOKBACK_US : Number(params.start),
    startMaxUs: endUs,
    durationMinUs: duration(params.minDuration),
    durationMaxUs: duration(params.maxDuration),
    limit: limit === 0 ? DEFAULT_LIMIT : limit,
  };
}
