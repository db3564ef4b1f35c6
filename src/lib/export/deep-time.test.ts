/**
 * Every export takes a timeline reaching 13.8 billion years back (TimelineJS's own
 * cosmo-mixed.json, imported): nothing throws, the dates are written as the data gives them,
 * and a calendar leaves out what it cannot hold and says so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../import/index';
import { exportBibtex, exportCslJson, exportCsv, exportIcs, exportJson } from './index';
import { NOW } from './test-data';

const file = 'tests/fixtures/import/timelinejs-examples/cosmo-mixed.json';
const chronology = previewImport('cosmo-mixed.json', readFileSync(file, 'utf8')).chronology!;
const selection = { chronology, events: chronology.events, now: NOW };

describe('exports of a cosmological timeline', () => {
  it('JSON and CSV keep the deep years as written', () => {
    expect(exportJson(selection).text).toContain('"-13800000000"');
    expect(exportCsv(selection).text).toContain('-13800000000');
  });

  it('a calendar holds only the years 1 to 9999: the rest are left out and counted', () => {
    const ics = exportIcs(selection);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics.warnings.join(' ')).toContain('6 events are before the common era and left out');
  });

  it('citation exports do not fail on them', () => {
    expect(() => exportCslJson(selection)).not.toThrow();
    expect(() => exportBibtex(selection)).not.toThrow();
  });
});
