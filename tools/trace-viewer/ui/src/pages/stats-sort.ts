import type { OperationStats } from '../api/api.types';
import { spanKindRank } from '../trace/span-kinds';

/** A column of the stats table: its URL key, its header, and the value it sorts by. */
export interface StatsColumn {
  key: string;
  label: string;
  numeric: boolean;
  value: (row: OperationStats) => string | number;
}

export const STATS_COLUMNS: readonly StatsColumn[] = [
  { key: 'service', label: 'Service', numeric: false, value: (s) => s.service },
  { key: 'operation', label: 'Operation', numeric: false, value: (s) => s.operation },
  { key: 'kind', label: 'Kind', numeric: false, value: (s) => spanKindRank(s.spanKind) },
  { key: 'spans', label: 'Spans', numeric: true, value: (s) => s.count },
  { key: 'rate', label: 'Rate', numeric: true, value: (s) => s.ratePerSecond },
  { key: 'errors', label: 'Errors', numeric: true, value: (s) => s.errorRate },
  { key: 'p50', label: 'p50', numeric: true, value: (s) => s.p50Ms },
  { key: 'p95', label: 'p95', numeric: true, value: (s) => s.p95Ms },
  { key: 'p99', label: 'p99', numeric: true, value: (s) => s.p99Ms },
];

export type SortDirection = 'asc' | 'desc';

/** How the table is sorted: by one column, one way. */
export interface StatsSort {
  column: StatsColumn;
  direction: SortDirection;
}

/** The way a column sorts first: the biggest figures first, names from A. */
const firstDirection = (column: StatsColumn): SortDirection => (column.numeric ? 'desc' : 'asc');

/** The sort a URL asks for (`?sort=p99&dir=asc`), or undefined for an unknown column. */
export function sortFromQuery(query: URLSearchParams): StatsSort | undefined {
  const column = STATS_COLUMNS.find(({ key }) => key === query.get('sort'));
  if (!column) return undefined;
  const dir = query.get('dir');
  return { column, direction: dir === 'asc' || dir === 'desc' ? dir : firstDirection(column) };
}

/** The sort after a click on `column`'s header: the other way round, or that column's first way. */
export function nextSort(current: StatsSort | undefined, column: StatsColumn): StatsSort {
  if (current?.column.key === column.key) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: firstDirection(column) };
}

const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));

/** The order rows have before any click: by service, kind (servers first), operation, callee. */
function defaultOrder(a: OperationStats, b: OperationStats): number {
  return (
    a.service.localeCompare(b.service) ||
    spanKindRank(a.spanKind) - spanKindRank(b.spanKind) ||
    a.operation.localeCompare(b.operation) ||
    (a.peerService ?? '').localeCompare(b.peerService ?? '')
  );
}

/**
 * The rows in table order: the default order, then, when sorted, by the column either way. The
 * sort is stable, so rows that tie on the column keep the default order in both directions.
 */
export function sortStats(rows: readonly OperationStats[], sort?: StatsSort): OperationStats[] {
  const ordered = [...rows].sort(defaultOrder);
  if (!sort) return ordered;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return ordered.sort((a, b) => sign * compareValues(sort.column.value(a), sort.column.value(b)));
}
