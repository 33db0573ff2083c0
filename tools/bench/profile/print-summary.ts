import { readFileSync } from 'node:fs';
import { type CpuProfile, type SelfTimeEntry, summariseProfile } from './cpuprofile-summary';

function lines(title: string, entries: SelfTimeEntry[], top: number, requests?: number): string[] {
  const cost = (micros: number) =>
    requests ? `${(micros / requests).toFixed(1).padStart(7)} µs/req` : '';
  return [
    `  ${title}`,
    ...entries
      .slice(0, top)
      .map(
        (entry) =>
          `    ${(entry.share * 100).toFixed(1).padStart(5)}%  ${cost(entry.micros)}  ${entry.name}`,
      ),
  ];
}

/**
 * Prints a `.cpuprofile`'s busy time and its top packages and functions by self time; per
 * request too when the number of requests it served is known.
 */
export function printProfileSummary(
  label: string,
  file: string,
  top: number,
  requests?: number,
): void {
  const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const perRequest = requests ? `, ${(summary.busyMicros / requests).toFixed(0)} µs/req` : '';
  console.log(
    `${label}: ${(summary.busyMicros / 1000).toFixed(0)} ms busy${perRequest}  (${file})`,
  );
  console.log(lines('self time by package', summary.packages, top, requests).join('\n'));
  console.log(lines('self time by function', summary.functions, top, requests).join('\n'));
}
