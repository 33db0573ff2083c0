import { GO_DURATION_PATTERN } from '@tools/trace-model';
import { Matches, ValidateBy } from 'class-validator';

// The checks of Jaeger's v1 query parameters, each failing with the message jaeger-query gives
// (its Go parsers' words included), so clients see the same text from this viewer.

/** A Go strconv.ParseInt integer (start, end, limit). */
export function IsGoInteger(name: string): PropertyDecorator {
  return Matches(/^-?\d+$/, {
    message: ({ value }) =>
      `unable to parse param '${name}': strconv.ParseInt: parsing "${String(value)}": invalid syntax`,
  });
}

/** Not negative (limit), checked once the text is an integer. */
export function IsNotNegative(name: string): PropertyDecorator {
  return ValidateBy(
    { name: 'isNotNegative', validator: { validate: (value: unknown) => Number(value) >= 0 } },
    { message: `unable to parse param '${name}': must not be negative` },
  );
}

/** A Go time.ParseDuration duration (minDuration, maxDuration). */
export function IsGoDuration(name: string): PropertyDecorator {
  return Matches(GO_DURATION_PATTERN, {
    message: ({ value }) =>
      `unable to parse param '${name}': time: invalid duration "${String(value)}"`,
  });
}

/** The first `tag` value that is not key:value, if any. */
function badTagPair(values: string[]): string | undefined {
  return values.find((raw) => raw.indexOf(':') <= 0);
}

/** Every `tag` value is key:value. */
export function IsTagPairs(): PropertyDecorator {
  return ValidateBy({
    name: 'isTagPairs',
    validator: {
      validate: (value: unknown) => badTagPair(value as string[]) === undefined,
      defaultMessage: (args) =>
        `malformed 'tag' parameter, expecting key:value, received: ${badTagPair(args?.value as string[])}`,
    },
  });
}

/** Why a `tags` value is not a JSON object of strings; undefined when it is one. */
export function tagsJsonProblem(raw: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return `malformed 'tags' parameter, cannot unmarshal JSON: ${(error as Error).message}`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return `malformed 'tags' parameter, expecting a JSON object, received: ${raw}`;
  }
  const key = Object.keys(parsed).find(
    (name) => typeof (parsed as Record<string, unknown>)[name] !== 'string',
  );
  return key === undefined
    ? undefined
    : `malformed 'tags' parameter, value of "${key}" must be a string`;
}

/** Every `tags` value is a JSON object of strings. */
export function IsTagsJson(): PropertyDecorator {
  return ValidateBy({
    name: 'isTagsJson',
    validator: {
      validate: (value: unknown) => (value as string[]).every((raw) => !tagsJsonProblem(raw)),
      defaultMessage: (args) =>
        (args?.value as string[]).map(tagsJsonProblem).find((problem) => problem) ?? '',
    },
  });
}
