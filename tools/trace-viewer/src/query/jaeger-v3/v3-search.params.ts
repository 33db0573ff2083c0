import { GO_DURATION_PATTERN, parseGoDurationMicros } from '@tools/trace-model';
import { Expose, Transform } from 'class-transformer';
import { IsDefined, IsOptional, IsRFC3339, Matches, ValidateBy } from 'class-validator';
import { IsNotShorterThan, firstValue } from '../query-params';
import type { SearchCriteria } from '../span-matcher';

const DEFAULT_SEARCH_DEPTH = 100;

/** Microseconds since the epoch of an RFC 3339 time, keeping the sub-millisecond digits. */
function rfc3339Micros(text: string): number {
  const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
  return Date.parse(text) * 1000 + Number((fraction + '000000').slice(3, 6));
}

function attributesOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Checks that fail with the words of Jaeger's api_v3 handler.
const Required = (name: string) => IsDefined({ message: `${name} is required` });
const IsTime = (name: string) =>
  IsRFC3339({ message: ({ value }) => `${name} must be an RFC 3339 time, got "${String(value)}"` });
const IsDuration = (name: string) =>
  Matches(GO_DURATION_PATTERN, {
    message: ({ value }) => `${name} must be a duration like 100ms, got "${String(value)}"`,
  });
/** Strictly later than the time in another property (checked once both are times). */
const IsLaterThan = (property: 'startTimeMin', message: string) =>
  ValidateBy(
    {
      name: 'isLaterThan',
      validator: {
        validate: (value: unknown, args) => {
          const earlier = (args?.object as V3SearchParams)[property];
          if (typeof earlier !== 'string' || typeof value !== 'string') return true;
          return rfc3339Micros(value) > rfc3339Micros(earlier);
        },
      },
    },
    { message },
  );

/**
 * api_v3 `query.*` parameters of FindTraces and trace-summaries (grpc-gateway style), checked in
 * the order of Jaeger's handler. Validators that share a property run bottom-up.
 */
export class V3SearchParams {
  @Expose({ name: 'query.startTimeMin' })
  @IsTime('query.startTimeMin')
  @Required('query.startTimeMin')
  @Transform(firstValue)
  startTimeMin!: string;

  @Expose({ name: 'query.startTimeMax' })
  @IsLaterThan('startTimeMin', 'query.startTimeMax must be after query.startTimeMin')
  @IsTime('query.startTimeMax')
  @Required('query.startTimeMax')
  @Transform(firstValue)
  startTimeMax!: string;

  @Expose({ name: 'query.durationMin' })
  @IsOptional()
  @IsDuration('query.durationMin')
  @Transform(firstValue)
  durationMin?: string;

  @Expose({ name: 'query.durationMax' })
  @IsOptional()
  @IsNotShorterThan('durationMin', {
    message: 'query.durationMax must not be less than query.durationMin',
  })
  @IsDuration('query.durationMax')
  @Transform(firstValue)
  durationMax?: string;

  @Expose({ name: 'query.searchDepth' })
  @IsOptional()
  @Matches(/^0*[1-9]\d*$/, {
    message: ({ value }) => `query.searchDepth must be a positive integer, got "${String(value)}"`,
  })
  @Transform(firstValue)
  searchDepth?: string;

  @Expose({ name: 'query.attributes' })
  @IsOptional()
  @ValidateBy(
    {
      name: 'isJsonObject',
      validator: {
        validate: (value: unknown) => {
          const parsed = attributesOf(String(value));
          return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
        },
      },
    },
    { message: 'query.attributes must be a JSON object of strings' },
  )
  @Transform(firstValue)
  attributes?: string;

  @Expose({ name: 'query.serviceName' })
  @Transform(firstValue)
  serviceName?: string;

  @Expose({ name: 'query.operationName' })
  @Transform(firstValue)
  operationName?: string;
}

function duration(text: string | undefined): number | undefined {
  return text === undefined ? undefined : (parseGoDurationMicros(text) ?? undefined);
}

/** The search valid V3SearchParams ask for. */
export function toV3SearchCriteria(params: V3SearchParams): SearchCriteria {
  const attributes =
    params.attributes === undefined
      ? {}
      : (attributesOf(params.attributes) as Record<string, unknown>);
  return {
    service: params.serviceName,
    operation: params.operationName,
    tags: Object.entries(attributes).map(([key, value]) => [key, String(value)]),
    startMinUs: rfc3339Micros(params.startTimeMin),
    startMaxUs: rfc3339Micros(params.startTimeMax),
    durationMinUs: duration(params.durationMin),
    durationMaxUs: duration(params.durationMax),
    limit: params.searchDepth === undefined ? DEFAULT_SEARCH_DEPTH : Number(params.searchDepth),
  };
}
