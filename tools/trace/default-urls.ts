import { DEFAULT_TRACE_QUERY_URL, defaultServiceUrl, SERVICES } from '@app/topology';

/**
 * Where `npm start` serves each service and the query API, under the setting that moves each one:
 * what `npm run trace -- urls` prints and test_traces.sh takes for every setting not already set.
 */
export function defaultUrlSettings(): [setting: string, url: string][] {
  return [
    ...SERVICES.map(({ name, urlSetting }): [string, string] => [
      urlSetting,
      defaultServiceUrl(name),
    ]),
    ['JAEGER_QUERY_URL', DEFAULT_TRACE_QUERY_URL],
  ];
}
