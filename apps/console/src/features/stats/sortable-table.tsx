import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<Row> {
  key: string;
  header: string;
  /** The cell as shown. */
  render: (row: Row) => ReactNode;
  /** The value sorted on; a column without one can't be sorted. */
  sortValue?: (row: Row) => number | string;
  numeric?: boolean;
}

type Direction = 'ascending' | 'descending';

interface SortableTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The row header column (scope="row"): what each row is about. */
  rowHeader: string;
  initialSort?: { key: string; direction: Direction };
  /** A last row that sums the others, kept at the bottom whatever the order. */
  footer?: ReactNode;
  className?: string;
}

/**
 * A table whose columns sort with a button in the header cell: the first press sorts numbers
 * largest first (the busiest day, the longest wait), text A→Z; the next press turns it round.
 * The sorted header carries aria-sort so screen readers announce the order.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader,
  initialSort,
  footer,
  className,
}: SortableTableProps<Row>) {
  const { t } = useTranslation('console', { keyPrefix: 'stats.table' });
  const [sort, setSort] = useState(initialSort);

  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return rows.toSorted((a, b) => {
      const x = value(a);
      const y = value(b);
      return (
        sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)))
      );
    });
  }, [rows, columns, sort]);

  const toggle = (column: Column<Row>) =>
    setSort((current) =>
      current?.key === column.key
        ? { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key: column.key, direction: column.numeric ? 'descending' : 'ascending' },
    );

  return (
    <div className={`table-scroll${className ? ` ${className}` : ''}`}>
      <table className="stats-table">
        <caption>
          {caption}
          <span className="visually-hidden">{t('sortHint')}</span>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.key === column.key ? sort.direction : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={direction ?? (column.sortValue ? 'none' : undefined)}
                  className={column.numeric ? 'numeric' : undefined}
                >
                  {column.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => toggle(column)}>
                      {column.header}
                      <SortArrow direction={direction} />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.key === rowHeader ? (
                  <th key={column.key} scope="row">
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}

/** ▲ ▼ for the sorted column, a faint ⇅ for the others: the header says it can be sorted. */
function SortArrow({ direction }: { direction: Direction | undefined }) {
  return (
    <svg
      className={`sort-arrow${direction ? ' is-sorted' : ''}`}
      width="10"
      height="14"
      viewBox="0 0 10 14"
      aria-hidden="true"
    >
      {direction !== 'descending' && <path d="M5 1 9 6H1z" />}
      {direction !== 'ascending' && <path d="M5 13 1 8h8z" />}
    </svg>
  );
}
