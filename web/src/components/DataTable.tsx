import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A column: its header, how to read a row's sortable value, and how to show it. */
export type Column<T> = {
  label: string;
  value: (row: T) => number | string | null;
  show?: (row: T) => ComponentChildren;
  numeric?: boolean;
};

type Props<T> = { caption: string; columns: Column<T>[]; rows: T[]; sortable?: boolean; id?: string };

/** A table of rows; with `sortable`, every header is a button that sorts by it (again: the other way). */
export function DataTable<T>({ caption, columns, rows, sortable = false, id }: Props<T>) {
  const [sort, setSort] = useState<{ index: number; descending: boolean } | null>(null);
  const sorted =
    sort === null
      ? rows
      : [...rows].sort((a, b) => {
          const column = columns[sort.index] as Column<T>;
          const x = column.value(a);
          const y = column.value(b);
          if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
          const order = x < y ? -1 : x > y ? 1 : 0;
          return sort.descending ? -order : order;
        });
  return (
    <div class="table-wrap">
      <table id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => {
              const state = sort?.index === i ? (sort.descending ? 'descending' : 'ascending') : 'none';
              return (
                <th
                  key={c.label}
                  scope="col"
                  aria-sort={sortable ? state : undefined}
                  class={c.numeric ? 'num' : ''}
                >
                  {sortable ? (
                    <button
                      type="button"
                      onClick={() =>
                        setSort({
                          index: i,
                          descending: sort?.index === i ? !sort.descending : c.numeric === true,
                        })
                      }
                    >
                      {c.label}
                      <span aria-hidden="true">
                        {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, r) => (
            <tr key={r}>
              {columns.map((c) => (
                <td key={c.label} class={c.numeric ? 'num' : ''}>
                  {c.show ? c.show(row) : String(c.value(row) ?? 'unknown')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
