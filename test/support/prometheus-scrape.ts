import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';

/** One scrape of a service's `/metrics`: the text, and the families a text-format parser read. */
export interface Scrape {
  text: string;
  families: PrometheusFamily[];
}

/** Scrapes `baseUrl/metrics`; the parser throws on text that is not Prometheus exposition format. */
export async function scrape(baseUrl: string): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`);
  if (response.status !== 200) throw new Error(`${baseUrl}/metrics answered ${response.status}`);
  const text = await response.text();
  return { text, families: parsePrometheusTextFormat(text) };
}

/**
 * The total count of histogram `name` over its series whose labels include every `label="value"`
 * of `labels` (0 before its first observation). Read from the `<name>_count` samples themselves:
 * parse-prometheus-text-format merges the series of a labelled histogram into one (its
 * flattening keys buckets by `le` only), so its histogram counts cannot be trusted.
 */
export function histogramCount(
  { families, text }: Scrape,
  name: string,
  labels: Record<string, string> = {},
): number {
  const family = families.find((candidate) => candidate.name === name);
  if (family && family.type !== 'HISTOGRAM') throw new Error(`${name} is a ${family.type}`);
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}_count`))
    .filter((line) => wanted.every((label) => line.includes(label)))
    .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** The value of counter or gauge `name` in its one series whose labels include `labels`. */
export function sampleValue(
  { families }: Scrape,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const matches = (families.find((family) => family.name === name)?.metrics ?? []).filter(
    (sample) => Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value),
  );
  if (matches.length > 1) throw new Error(`${name}: ${matches.length} series match`);
  return matches.length === 1 ? Number(matches[0].value) : undefined;
}
