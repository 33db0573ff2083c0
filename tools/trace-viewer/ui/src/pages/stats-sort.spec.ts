import type { OperationStats } from '../api/api.types';
import { nextSort, sortFromQuery, sortStats, STATS_COLUMNS } from './stats-sort';

function row(service: string, operation: string, p99Ms: number, spanKind = 'internal') {
  return { service, operation, spanKind, p99Ms, count: 1 } as OperationStats;
}

const column = (key: string) => STATS_COLUMNS.find((c) => c.key === key)!;
const names = (rows: OperationStats[]) => rows.map((r) => `${r.service}:${r.operation}`);

const ROWS = [
  row('b-svc', 'slow', 300),
  row('a-svc', 'tie-2', 10),
  row('a-svc', 'GET', 50, 'server'),
  row('a-svc', 'tie-1', 10),
];

describe('stats sorting', () => {
  it('lists rows by service, kind (servers first) and operation until a header is clicked', () => {
    expect(names(sortStats(ROWS))).toEqual([
      'a-svc:GET',
      'a-svc:tie-1',
      'a-svc:tie-2',
      'b-svc:slow',
    ]);
  });

  it('sorts by a column either way, ties kept in the default order both ways', () => {
    const p99 = column('p99');
    expect(names(sortStats(ROWS, { column: p99, direction: 'desc' }))).toEqual([
      'b-svc:slow',
      'a-svc:GET',
      'a-svc:tie-1',
      'a-svc:tie-2',
    ]);
    expect(names(sortStats(ROWS, { column: p99, direction: 'asc' }))).toEqual([
      'a-svc:tie-1',
      'a-svc:tie-2',
      'a-svc:GET',
      'b-svc:slow',
    ]);
  });

  it('sorts figures biggest first and names from A on a first click, the other way on a second', () => {
    const first = nextSort(undefined, column('p99'));
    expect(first.direction).toBe('desc');
    expect(nextSort(first, column('p99')).direction).toBe('asc');
    expect(nextSort(first, column('operation'))).toEqual({
      column: column('operation'),
      direction: 'asc',
    });
  });

  it('reads the sort a link asks for, and ignores a column that does not exist', () => {
    expect(sortFromQuery(new URLSearchParams('sort=p99'))).toEqual({
      column: column('p99'),
      direction: 'desc',
    });
    expect(sortFromQuery(new URLSearchParams('sort=errors&dir=asc'))?.direction).toBe('asc');
    expect(sortFromQuery(new URLSearchParams('sort=p98'))).toBeUndefined();
  });
});
