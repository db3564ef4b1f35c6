import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportBibtex } from './bibtex';
import { exportCslJson } from './csl';
import {
  exportReportedCsv,
  REPORTED_CSV_COLUMNS,
  reportedRows,
  rowsCsv,
  sortRows,
} from './reported';
import { curated, NOW } from './test-data';
import type { Chronology } from '../model/types';

const data: Chronology = {
  title: 'Figures',
  sources: [
    { id: 'S25', publisher: 'TASS', url: 'https://tass.example/25' },
    { id: 'S26', publisher: 'UNN', url: 'https://unn.example/26' },
    { id: 'S27', publisher: 'Kremlin', url: 'https://kremlin.example/27' },
    { id: 'N1', publisher: 'Only a note', url: 'https://note.example/1' },
    { id: 'F1', publisher: 'Only a figure', url: 'https://figure.example/1' },
  ],
  events: [
    {
      id: 'apr',
      title: 'Witkoff–Putin, 25 April',
      start: '2025-04-25',
      sources: ['S27'],
      figures: [
        { measure: 'duration', unit: 'hour', value: 3, attribution: 'Ushakov', sources: ['S25'] },
        {
          measure: 'duration',
          unit: 'hour',
          value: 2.1,
          attribution: '=UNN, citing Russian media',
          sources: ['S26', 'F1'],
        },
      ],
      notes: [{ topic: 'duration', text: 'The lengths differ.', sources: ['N1'] }],
    },
    {
      id: 'feb',
      title: 'A first meeting',
      start: '2025-02-11',
      sources: ['S27'],
      figures: [{ measure: 'duration', unit: 'hour', min: 3, max: 3.5, sources: ['S25'] }],
    },
  ],
};

describe('what the sources reported, row by row', () => {
  it('gives each figure with who reported it and its sources, then each note', () => {
    const rows = reportedRows(data.events, data);
    expect(rows.map((r) => [r.eventId, r.kind, r.figure, r.reportedBy])).toEqual([
      ['apr', 'figure', '3 h', 'Ushakov'],
      ['apr', 'figure', '2.1 h', '=UNN, citing Russian media'],
      ['apr', 'note', '', ''],
      ['feb', 'figure', '3–3.5 h', ''],
    ]);
    expect(rows[1]?.sources).toEqual([
      { id: 'S26', label: 'UNN', url: 'https://unn.example/26' },
      { id: 'F1', label: 'Only a figure', url: 'https://figure.example/1' },
    ]);
    expect(rows[0]?.date).toBe('25 Apr 2025');
    expect(rows.every((r) => r.disagree)).toBe(true);
  });

  it('sorts by any column, both ways, rows without a number last', () => {
    const rows = reportedRows(data.events, data);
    const figures = (column: Parameters<typeof sortRows>[1], dir: 'ascending' | 'descending') =>
      sortRows(rows, column, dir).map((r) => r.figure);
    expect(figures('figure', 'ascending')).toEqual(['2.1 h', '3 h', '3–3.5 h', '']);
    expect(figures('figure', 'descending')).toEqual(['3 h', '3–3.5 h', '2.1 h', '']);
    expect(sortRows(rows, 'date', 'ascending')[0]?.eventId).toBe('feb');
    expect(sortRows(rows, 'event', 'descending')[0]?.eventId).toBe('apr');
    expect(sortRows(rows, 'reportedBy', 'ascending').map((r) => r.reportedBy)).toEqual([
      '',
      '',
      '=UNN, citing Russian media',
      'Ushakov',
    ]);
  });

  it('writes figures with attribution and the notes to CSV, guarded against formulas', () => {
    const file = exportReportedCsv({ chronology: data, events: data.events, now: NOW });
    expect(file.fileName).toBe('parley-figures-figures-2026-11-28.csv');
    const parsed = Papa.parse<Record<string, string>>(file.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...REPORTED_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]).toMatchObject({
      event_id: 'apr',
      row: 'figure',
      figure: '2.1 h',
      value: '2.1',
      reported_by: "'=UNN, citing Russian media",
      source_ids: 'S26; F1',
      source_urls: 'https://unn.example/26 https://figure.example/1',
      sources_disagree: 'true',
    });
    expect(parsed.data[2]).toMatchObject({
      row: 'note',
      text: 'The lengths differ.',
      source_ids: 'N1',
    });
    expect(rowsCsv([]).startsWith('\ufeffevent_id,')).toBe(true);
  });

  it('keeps a source cited only by a figure or a note in the source exports', () => {
    const selection = { chronology: data, events: data.events, now: NOW };
    const csl = exportCslJson(selection).text;
    const bibtex = exportBibtex(selection).text;
    for (const url of ['https://figure.example/1', 'https://note.example/1']) {
      expect(csl).toContain(url);
      expect(bibtex).toContain(url);
    }
  });

  it('carries every figure and note of the curated chronology', () => {
    const chronology = curated();
    const rows = reportedRows(chronology.events, chronology);
    const figures = chronology.events.reduce((n, e) => n + (e.figures?.length ?? 0), 0);
    const notes = chronology.events.reduce((n, e) => n + (e.notes?.length ?? 0), 0);
    expect(rows.filter((r) => r.kind === 'figure')).toHaveLength(figures);
    expect(rows.filter((r) => r.kind === 'note')).toHaveLength(notes);
  });
});
