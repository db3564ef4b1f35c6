/**
 * How many events of the selection happened where, and with which mediator. Places are keyed as
 * the place filter keys them (`place=`: the city, else the country, else "-" for none), so a
 * row's filter gives its events back. Pure: the events as columns (../columns/) and the
 * selection as rows of them in; one pass over the rows, counting codes rather than strings.
 */
import type { CodedColumn, EventColumns } from '../columns/event-columns';

/** The facet value for "not stated" (filters.ts's UNSTATED). */
export const NOT_STATED = '-';

/** The side of a mediator or host in the dataset's people. */
const MEDIATOR_SIDE = 'MED';

export interface CountRow {
  /** What the row's filter selects: a place value, or a person key. */
  key: string;
  label: string;
  count: number;
  /** For a country: the place values its events have (its filter is any of them). */
  places?: string[];
}

/** Busiest first; "not stated" last whatever its count, as it is not a place. */
function sorted(rows: CountRow[]): CountRow[] {
  return rows.sort(
    (a, b) =>
      Number(a.key === NOT_STATED) - Number(b.key === NOT_STATED) ||
      b.count - a.count ||
      a.label.localeCompare(b.label),
  );
}

/**
 * One row per value of a coded column among the selected rows; code 0 ("not given") is the
 * NOT_STATED row. Rows are made in the order their values first appear.
 */
function tally(
  column: CodedColumn,
  rows: ArrayLike<number>,
  labelOf: (key: string) => string,
  extra?: (into: CountRow, row: number) => void,
): CountRow[] {
  const byCode: (CountRow | undefined)[] = [];
  const out: CountRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const code = column.codes[row] as number;
    let into = byCode[code];
    if (!into) {
      const key = code === 0 ? NOT_STATED : (column.table.values[code - 1] as string);
      into = byCode[code] = { key, label: labelOf(key), count: 0 };
      out.push(into);
    }
    into.count++;
    extra?.(into, row);
  }
  return sorted(out);
}

/** The place filter's value of row `row`: the city, else the country, else NOT_STATED. */
function placeKey(columns: EventColumns, row: number): string {
  const code = columns.place.codes[row] as number;
  return code === 0 ? NOT_STATED : (columns.place.table.values[code - 1] as string);
}

export function countsByPlace(columns: EventColumns, rows: ArrayLike<number>): CountRow[] {
  return tally(columns.place, rows, (key) => (key === NOT_STATED ? 'No place stated' : key));
}

export function countsByCountry(columns: EventColumns, rows: ArrayLike<number>): CountRow[] {
  const places = columns.place.table.values.length + 1;
  // Which place codes each country's row has listed: a bit per (country, place) pair.
  const listed = new Uint8Array((columns.country.table.values.length + 1) * places);
  return tally(
    columns.country,
    rows,
    (key) => (key === NOT_STATED ? 'No country stated' : key),
    (into, row) => {
      const at =
        (columns.country.codes[row] as number) * places + (columns.place.codes[row] as number);
      if (listed[at]) return;
      listed[at] = 1;
      (into.places ??= []).push(placeKey(columns, row));
    },
  );
}

/**
 * Events per mediator: participants whose person has side `MED` (a mediator or host). A plain
 * name has no side, so it is never counted as one. A person listed twice in one event counts
 * once.
 */
export function countsByMediator(columns: EventColumns, rows: ArrayLike<number>): CountRow[] {
  const { offsets, codes, table } = columns.people;
  const byCode: (CountRow | undefined)[] = [];
  const lastRow = new Int32Array(table.values.length).fill(-1);
  const out: CountRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    for (let k = offsets[row] as number, end = offsets[row + 1] as number; k < end; k++) {
      const code = codes[k] as number;
      if (columns.personSides[code] !== MEDIATOR_SIDE) continue;
      // A person listed twice in one event counts once.
      if (lastRow[code] === row) continue;
      lastRow[code] = row;
      let into = byCode[code];
      if (!into) {
        const key = table.values[code] as string;
        into = byCode[code] = {
          key,
          label: columns.personNames[code] ?? key,
          count: 0,
        };
        out.push(into);
      }
      into.count++;
    }
  }
  return sorted(out);
}
