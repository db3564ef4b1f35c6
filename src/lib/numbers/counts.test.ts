import { describe, expect, it } from 'vitest';
import { filterColumns } from '../columns/filter-columns';
import { NO_FILTERS } from '../filters/filters';
import { countsByCountry, countsByMediator, countsByPlace } from './counts';
import { follow } from './trace';
import { selection } from './test-data';

const { columns, rows: all, ids } = selection();
const plain = <T extends { key: string; count: number }>(rows: T[]) =>
  rows.map((r) => [r.key, r.count]);

describe('counts', () => {
  it('by place: the city, else the country, with "no place" last', () => {
    expect(plain(countsByPlace(columns, all))).toEqual([
      ['Moscow', 2],
      ['Istanbul', 1],
      ['Jeddah', 1],
      ['Riyadh', 1],
      ['Russia', 1],
      ['-', 2],
    ]);
  });

  it('by country, with the place values its filter selects', () => {
    const rows = countsByCountry(columns, all);
    expect(plain(rows)).toEqual([
      ['Russia', 3],
      ['Saudi Arabia', 2],
      ['Türkiye', 1],
      ['-', 2],
    ]);
    expect(rows[0]?.places).toEqual(['Moscow', 'Russia']);
    expect(rows[1]?.places).toEqual(['Riyadh', 'Jeddah']);
  });

  it('by mediator: people whose side is MED, never a plain name', () => {
    const rows = countsByMediator(columns, all);
    // The events behind each count: those its row's link filters to.
    const behind = (key: string) => {
      const next = follow(NO_FILTERS, { type: 'person', person: key });
      return 'filters' in next ? ids([...filterColumns(columns, next.filters)]) : [];
    };
    expect(rows.map((r) => [r.label, r.count, behind(r.key)])).toEqual([
      ['Mohammed bin Salman', 2, ['riyadh', 'jeddah']],
      ['Recep Tayyip Erdoğan', 1, ['istanbul']],
    ]);
  });
});
