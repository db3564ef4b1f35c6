import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../view/view-state';
import { LoadError } from '../io/fetch-text';
import { loadEmbedChronology, onlyPicked, type EmbedDeps } from './load';
import { parseChronology } from '../io/parse-chronology';

const GOOD = JSON.stringify({
  title: 'Talks',
  events: [{ id: 'a', title: 'A meeting', start: '2025-02-11' }],
});
const BASE = 'https://parley.test/embed.html?data=x';

function deps(files: Record<string, string>): EmbedDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    curatedUrl: '/assets/chronology-abc.json',
    fetchChronology: async (url, name) => {
      asked.push(url);
      const text = files[url];
      if (text === undefined) throw new LoadError(`Could not download ${url}: 404.`);
      return parseChronology(text, name);
    },
  };
}

describe('the embed’s data', () => {
  it('is the curated chronology when the URL names none', async () => {
    const d = deps({ '/assets/chronology-abc.json': GOOD });
    expect((await loadEmbedChronology(DEFAULT_VIEW, d, BASE)).title).toBe('Talks');
    expect(d.asked).toEqual(['/assets/chronology-abc.json']);
  });

  it('is the data= file, resolved against the embed’s address', async () => {
    const d = deps({ 'https://parley.test/files/t.json': GOOD });
    const view = { ...DEFAULT_VIEW, data: 'files/t.json' };
    expect((await loadEmbedChronology(view, d, BASE)).events).toHaveLength(1);
  });

  it('names the address when a data= file is not JSON', async () => {
    const d = deps({ 'https://data.test/broken.json': '{"events": [' });
    const view = { ...DEFAULT_VIEW, data: 'https://data.test/broken.json' };
    await expect(loadEmbedChronology(view, d, BASE)).rejects.toThrow(
      /^https:\/\/data\.test\/broken\.json is not valid JSON at line 1/,
    );
  });

  it('validates a data= file like an import, listing what is wrong', async () => {
    const d = deps({ 'https://data.test/odd.json': '{"events": [{"id": "a"}]}' });
    const view = { ...DEFAULT_VIEW, data: 'https://data.test/odd.json' };
    const error = await loadEmbedChronology(view, d, BASE).catch((e: LoadError) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).message).toContain('is not a Parley chronology');
    expect((error as LoadError).problems.length).toBeGreaterThan(0);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:application/json,{}'])(
    'refuses %s before fetching anything',
    async (link) => {
      const d = deps({});
      await expect(loadEmbedChronology({ ...DEFAULT_VIEW, data: link }, d, BASE)).rejects.toThrow(
        'must start with http:// or https://',
      );
      expect(d.asked).toEqual([]);
    },
  );

  it('says why a dataset imported into one browser cannot be embedded', async () => {
    const d = deps({});
    await expect(
      loadEmbedChronology({ ...DEFAULT_VIEW, dataset: 'import-1' }, d, BASE),
    ).rejects.toThrow('cannot be shown in an embed');
    expect(d.asked).toEqual([]);
  });
});

describe('a frame of events its author picked', () => {
  const chronology = {
    events: [
      { id: 'a', title: 'A', start: '2025-01-01' },
      { id: 'b', title: 'B', start: '2025-02-01' },
      { id: 'c', title: 'C', start: '2025-03-01' },
    ],
  };

  it('shows only those, skipping ids the dataset no longer has', () => {
    expect(onlyPicked(chronology, ['c', 'a', 'gone']).events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(onlyPicked(chronology, undefined)).toBe(chronology);
  });

  it('says so when none is left, rather than showing everything', () => {
    expect(() => onlyPicked(chronology, ['gone', 'also-gone'])).toThrow(
      'None of the 2 events this frame was made to show is in the dataset any more (only=gone, also-gone).',
    );
  });
});
