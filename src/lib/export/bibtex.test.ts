import { describe, expect, it } from 'vitest';
import { bibtexEntry, escapeBibtex, escapeBibtexUrl, exportBibtex } from './bibtex';
import { accessedDay, citationKey } from './cited-sources';
import { curated, hostile, NOW } from './test-data';

function keys(text: string): string[] {
  return [...text.matchAll(/^@online\{([^,]+),$/gm)].map((m) => m[1] ?? '');
}

/** Braces that TeX counts: those not escaped with a backslash. */
function unescapedBraceBalance(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}') depth--;
    if (depth < 0) return -1;
  }
  return depth;
}

describe('BibTeX export', () => {
  it('escapes TeX specials and keeps non-ASCII text as UTF-8', () => {
    expect(escapeBibtex('50% & #1_$x {a} ~^\\ Zelenskyy’s Dolmabahçe')).toBe(
      '50\\% \\& \\#1\\_\\$x \\{a\\} {\\textasciitilde}{\\textasciicircum}{\\textbackslash} Zelenskyy’s Dolmabahçe',
    );
    expect(escapeBibtex('line one\nline two')).toBe('line one line two');
  });

  it('keeps a URL usable, encoding only what would break the braces', () => {
    expect(escapeBibtexUrl('https://a.example/x?q={1}&p=50%25#f')).toBe(
      'https://a.example/x?q=%7B1%7D&p=50%25#f',
    );
  });

  it('makes keys from publisher, year and a telling title word, in plain ASCII', () => {
    expect(
      citationKey({
        publisher: 'Reuters',
        title: 'Trump says Witkoff to meet Putin',
        url: 'https://reuters.com/x',
        published: '2025-08-06',
      }),
    ).toBe('reuters2025trump');
    expect(
      citationKey({
        publisher: 'Kyiv Independent (Tim Z.)',
        title: 'Ukraine’s envoy',
        url: 'https://k.example/',
      }),
    ).toBe('kyivindependentndukraines');
    expect(citationKey({ title: 'Заявление', url: 'https://www.kremlin.ru/a' })).toBe('kremlinnd');
  });

  it('writes @online entries with title, organization, url, date and year', () => {
    const entry = bibtexEntry('reuters2025witkoff', {
      publisher: 'Reuters',
      title: 'Witkoff meets Putin',
      url: 'https://reuters.com/a',
      published: '2025-08',
    });
    expect(entry).toBe(
      '@online{reuters2025witkoff,\n' +
        '  title = {Witkoff meets Putin},\n' +
        '  organization = {Reuters},\n' +
        '  url = {https://reuters.com/a},\n' +
        '  date = {2025-08},\n' +
        '  year = {2025}\n' +
        '}\n',
    );
    expect(entry).not.toContain('month');
  });

  it('gives every curated source a unique ASCII key, and every entry balanced braces', () => {
    const data = curated();
    const file = exportBibtex({ chronology: data, events: data.events, now: NOW });
    const all = keys(file.text);
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(all).size).toBe(all.length);
    for (const key of all) expect(key).toMatch(/^[a-z][a-z0-9]*$/);
    for (const entry of file.text.split(/\n(?=@online)/))
      expect(unescapedBraceBalance(entry)).toBe(0);
    expect(file.fileName).toBe(
      'parley-us-russia-ukraine-peace-talks-2014-2026-sources-2026-11-28.bib',
    );
  });

  it('keeps hostile titles inside their field', () => {
    const data = hostile();
    const file = exportBibtex({ chronology: data, events: data.events, now: NOW });
    expect(keys(file.text)).toEqual([
      'reuters2025witkoff',
      'reuters2025witkoffa',
      'inlinetimes2025inline',
      'kremlin2025kremlin',
      'kyivindependent2025budapest',
    ]);
    expect(file.text).toContain(
      'title = {Budapest summit \\{postponed\\} \\& 50\\% of \\$ talks\\_off \\#1 {\\textasciitilde} {\\textasciicircum}}',
    );
    for (const entry of file.text.split(/\n(?=@online)/))
      expect(unescapedBraceBalance(entry)).toBe(0);
  });

  it('never writes an entry without a title: a source with none gets the one its URL gives', () => {
    const entry = bibtexEntry('k', {
      publisher: 'The Moscow Times',
      url: 'https://www.themoscowtimes.com/2025/02/21/trump-envoy-witkoff-says-he-met-with-putin-during-trip-to-russia-a88113',
      published: '2025-02-21',
    });
    expect(entry).toContain(
      '  title = {Trump envoy Witkoff says he met with Putin during trip to Russia},\n',
    );
  });

  it('writes a percent-encoded URL exactly as published, %3A%2F and all', () => {
    const url =
      'https://web.archive.org/web/2015/https%3A%2F%2Fwww.osce.org%2Fcio%2F140156%3Fdownload%3Dtrue#p_1';
    const entry = bibtexEntry('k', { publisher: 'OSCE', title: 'Package of Measures', url });
    expect(entry).toContain(`  url = {${url}}\n`);
  });

  it('gives every entry the day accessed as urldate: the dataset’s updated date, else the day of export', () => {
    const data = hostile();
    const file = exportBibtex({ chronology: data, events: data.events, now: NOW });
    const urldates = [...file.text.matchAll(/^ {2}urldate = \{(.*)\}$/gm)].map((m) => m[1]);
    expect(urldates).toHaveLength(keys(file.text).length);
    expect(new Set(urldates)).toEqual(new Set(['2026-01-30']));
    const { updated: _updated, ...undated } = data;
    expect(accessedDay({ chronology: undated, now: NOW })).toBe('2026-11-28');
    expect(exportBibtex({ chronology: undated, events: data.events, now: NOW }).text).toContain(
      '  urldate = {2026-11-28}\n',
    );
  });

  it('gives every curated source a title, and keeps every curated URL exactly', () => {
    const data = curated();
    const text = exportBibtex({ chronology: data, events: data.events, now: NOW }).text;
    const entries = text.split(/\n(?=@online)/);
    for (const entry of entries) expect(entry).toMatch(/^ {2}title = \{\S.*\},$/m);
    const urls = new Set([...text.matchAll(/^ {2}url = \{(.*)\},?$/gm)].map((m) => m[1]));
    for (const source of data.sources ?? []) expect(urls.has(source.url), source.url).toBe(true);
  });
});
