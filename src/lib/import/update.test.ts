import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoredDataset } from '../db/db';
import { previewImport } from './index';
import { updatable, updateSummary } from './update';

const read = (name: string) => readFileSync(`tests/fixtures/import/conflict/${name}`, 'utf8');
const stored = (id: string, importedFormat: string, origin = 'file'): StoredDataset =>
  ({
    id,
    origin,
    importedFormat,
    title: id,
    storedAt: '',
    eventCount: 0,
    header: {},
  }) as unknown as StoredDataset;

describe('updating a dataset from a newer export', () => {
  it('offers the datasets imported from the same kind of export, and only for those formats', () => {
    const datasets = [
      stored('a', 'acled-csv'),
      stored('g', 'ucdp-ged-csv'),
      stored('c', 'parley-csv'),
    ];
    expect(updatable(datasets, 'acled-csv').map((d) => d.id)).toEqual(['a']);
    expect(updatable(datasets, 'parley-csv')).toEqual([]);
    expect(updatable(datasets, undefined)).toEqual([]);
  });

  it('lets GED from the API update a dataset made from the GED CSV, and the other way round', () => {
    const datasets = [stored('csv', 'ucdp-ged-csv'), stored('api', 'ucdp-ged-json')];
    expect(updatable(datasets, 'ucdp-ged-json').map((d) => d.id)).toEqual(['csv', 'api']);
    expect(updatable(datasets, 'ucdp-ged-csv').map((d) => d.id)).toEqual(['csv', 'api']);
    expect(updatable([stored('a', 'acled-csv')], 'ucdp-ged-json')).toEqual([]);
  });

  it('lets ACLED from its API update a dataset made from an ACLED CSV export, and the other way round', () => {
    const datasets = [
      stored('csv', 'acled-csv'),
      stored('api', 'acled-json'),
      stored('g', 'ucdp-ged-json'),
    ];
    expect(updatable(datasets, 'acled-json').map((d) => d.id)).toEqual(['csv', 'api']);
    expect(updatable(datasets, 'acled-csv').map((d) => d.id)).toEqual(['csv', 'api']);
  });

  it('matches events by the source’s own id and says what was added, changed and removed', () => {
    const older = previewImport('acled.csv', read('acled.csv')).chronology!;
    const newerText = read('acled.csv')
      .replace('TST1003', 'TST1004') // one event gone, one new
      .replace('Week-precision test row.', 'Week-precision test row (revised).');
    const newer = previewImport('acled.csv', newerText).chronology!;
    const summary = updateSummary(older, newer);
    expect(summary).toMatchObject({ added: 1, changed: 1, removed: 1 });
    expect(summary.examples.changed).toEqual(['Armed clash, Café Ünïcode']);
  });
});
