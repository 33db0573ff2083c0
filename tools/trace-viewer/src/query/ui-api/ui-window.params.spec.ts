import { ApiError } from '../api.error';
import { queryParams } from '../query-params';
import { UiWindowParams } from './ui-window.params';

const NOW = 1_800_000_000_000;

async function windowOf(query: Record<string, unknown>) {
  const params = (await queryParams(UiWindowParams).transform(query, {
    type: 'query',
  })) as UiWindowParams;
  return params.window(NOW);
}

async function refusal(query: Record<string, unknown>): Promise<string> {
  const error: unknown = await windowOf(query).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  expect(error.status).toBe(400);
  return error.message;
}

describe(UiWindowParams.name, () => {
  it.each([
    [{}, { fromUs: (NOW - 3_600_000) * 1000, toUs: NOW * 1000 }],
    [{ lookback: '300000' }, { fromUs: (NOW - 300_000) * 1000, toUs: NOW * 1000 }],
    [{ since: String(NOW - 60_000) }, { fromUs: (NOW - 60_000) * 1000, toUs: NOW * 1000 }],
    [
      { since: String(NOW - 60_000), until: String(NOW - 30_000) },
      { fromUs: (NOW - 60_000) * 1000, toUs: (NOW - 30_000) * 1000 },
    ],
    // A run's window that reaches past now ends now: nothing later exists yet.
    [
      { since: String(NOW - 60_000), until: String(NOW + 60_000) },
      { fromUs: (NOW - 60_000) * 1000, toUs: NOW * 1000 },
    ],
  ])('reads %j', async (query, window) => {
    await expect(windowOf(query)).resolves.toEqual(window);
  });

  it.each([
    [
      { since: 'yesterday' },
      `unable to parse param 'since': expected epoch milliseconds, got "yesterday"`,
    ],
    [{ since: '-5' }, `unable to parse param 'since': expected epoch milliseconds, got "-5"`],
    [
      { since: '1', until: '1.5' },
      `unable to parse param 'until': expected epoch milliseconds, got "1.5"`,
    ],
    [{ until: String(NOW) }, "'until' needs 'since'"],
    [{ since: String(NOW - 1), lookback: '60000' }, "give either 'lookback' or 'since', not both"],
    [{ since: String(NOW + 1) }, `'since' (${NOW + 1}) is later than now (${NOW})`],
    [
      { since: String(NOW - 10), until: String(NOW - 20) },
      "'until' should be greater than 'since'",
    ],
    [{ lookback: '0' }, `unable to parse param 'lookback': expected milliseconds, got "0"`],
  ])('refuses %j with a 400 saying why', async (query, message) => {
    expect(await refusal(query)).toBe(message);
  });
});
