import { describe, expect, it } from 'vitest';
import { citedSources } from './cited-sources';
import { cslItem, dateParts, exportCslJson, type CslItem } from './csl';
import { curated, hostile, NOW } from './test-data';

function items(text: string): CslItem[] {
  return JSON.parse(text) as CslItem[];
}

describe('exportCslJson', () => {
  it.each([
    ['2025', [2025]],
    ['2025-08', [2025, 8]],
    ['2025-08-06', [2025, 8, 6]],
  ])('gives a source published %s the date parts %j, never a guessed day', (published, parts) => {
    expect(dateParts(published)).toEqual(parts);
    const item = cslItem('k', { url: 'https://a.example/', title: 't', published });
    expect(item.issued).toEqual({ 'date-parts': [parts] });
  });

  it('makes a source with a publisher a newspaper article, and one without a web page', () => {
    expect(cslItem('a', { url: 'https://a.example/', publisher: 'Reuters', title: 'T' })).toEqual({
      id: 'a',
      type: 'article-newspaper',
      URL: 'https://a.example/',
      title: 'T',
      'container-title': 'Reuters',
    });
    expect(cslItem('b', { url: 'https://b.example/', title: 'T' }).type).toBe('webpage');
  });

  it('lists each cited source once, by URL, with unique ids, including sources of figures and notes', () => {
    const data = hostile();
    const file = exportCslJson({ chronology: data, events: data.events, now: NOW });
    const out = items(file.text);
    expect(out.map((i) => i.URL)).toEqual([
      'https://www.reuters.com/world/witkoff-putin-2025-08-06/',
      'https://www.reuters.com/world/second/',
      'https://inline.example/a',
      'http://kremlin.ru/events/1',
      'https://kyivindependent.com/budapest?x={1}&y=a%20b#frag',
    ]);
    expect(new Set(out.map((i) => i.id)).size).toBe(out.length);
    expect(file.fileName).toBe(
      'parley-talks-quoted-with-backslash-100-unicode-sources-2026-11-28.json',
    );
    expect(file.mimeType).toBe('application/vnd.citationstyles.csl+json');
  });

  it('treats the same page cited twice (even with a different #fragment) as one source', () => {
    const data = hostile();
    data.events[3]!.sources = [
      { publisher: 'Reuters', url: 'https://www.reuters.com/world/second/#top' },
    ];
    const urls = citedSources({ chronology: data, events: data.events }).map((c) => c.source.url);
    expect(urls.filter((u) => u.includes('/world/second/'))).toHaveLength(1);
  });

  it('exports every source the curated selection cites, each with a title, URL and date parts when known', () => {
    const data = curated();
    const out = items(exportCslJson({ chronology: data, events: data.events, now: NOW }).text);
    // The curated data cites every one of its 176 registry sources, each at its own URL.
    expect(out).toHaveLength(data.sources!.length);
    for (const item of out) {
      expect(item.URL).toMatch(/^https?:\/\//);
      expect(item.id).toMatch(/^[a-z][a-z0-9]*$/);
      for (const part of item.issued?.['date-parts'][0] ?? [])
        expect(Number.isInteger(part)).toBe(true);
    }
    expect(new Set(out.map((i) => i.id)).size).toBe(out.length);
    expect(new Set(out.map((i) => i.URL)).size).toBe(out.length);
  });

  it('says so when the selected events cite nothing', () => {
    const data = hostile();
    const file = exportCslJson({ chronology: data, events: [data.events[3]!], now: NOW });
    expect(JSON.parse(file.text)).toEqual([]);
    expect(file.warnings).toEqual(['The selected events cite no sources.']);
  });

  it('never writes an item without a title: a source with none gets the one its URL gives', () => {
    expect(cslItem('k', { publisher: 'TASS', url: 'https://tass.com/world/1942591' }).title).toBe(
      'tass.com/world/1942591',
    );
    expect(
      cslItem('k', {
        url: 'https://kyivindependent.com/trilateral-peace-talks-on-hold-zelensky-says/',
      }).title,
    ).toBe('Trilateral peace talks on hold Zelensky says');
  });

  it('writes a percent-encoded URL exactly as published, %3A%2F and all', () => {
    const url = 'https://example.org/r?u=https%3A%2F%2Fwww.osce.org%2Fcio%2F140156';
    const data = hostile();
    data.sources![0]!.url = url;
    const out = items(exportCslJson({ chronology: data, events: data.events, now: NOW }).text);
    expect(out[0]?.URL).toBe(url);
  });

  it('says when each source was accessed: the dataset’s updated date, else the day of export', () => {
    const data = hostile();
    const out = items(exportCslJson({ chronology: data, events: data.events, now: NOW }).text);
    for (const item of out) expect(item.accessed).toEqual({ 'date-parts': [[2026, 1, 30]] });
    const { updated: _updated, ...undated } = data;
    const later = items(exportCslJson({ chronology: undated, events: data.events, now: NOW }).text);
    expect(later[0]?.accessed).toEqual({ 'date-parts': [[2026, 11, 28]] });
  });

  it('gives every curated item a title, its publisher as container-title, and its URL unchanged', () => {
    const data = curated();
    const out = items(exportCslJson({ chronology: data, events: data.events, now: NOW }).text);
    const byUrl = new Map((data.sources ?? []).map((s) => [s.url, s]));
    for (const item of out) {
      expect(item.title.trim(), item.URL).not.toBe('');
      const source = byUrl.get(item.URL);
      expect(source, item.URL).toBeDefined();
      expect(item['container-title']).toBe(source?.publisher);
    }
  });
});
