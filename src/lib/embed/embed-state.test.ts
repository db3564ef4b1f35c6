import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmbedState } from './embed-state.svelte';
import { eventsInRange } from '../timeline/selection';
import type { EmbedDeps } from './load';
import { memoryHistory } from '../view/memory-history';
import { parseChronology } from '../io/parse-chronology';

// The 2025–2026 release (1.0.1), frozen: these tests check the embed's state, not the data.
const curated = readFileSync(
  new URL('../../../tests/fixtures/chronology-1.0.1.json', import.meta.url),
  'utf8',
);
const deps: EmbedDeps = {
  curatedUrl: '/assets/chronology.json',
  fetchChronology: async (url, name) => {
    if (url === '/assets/chronology.json') return parseChronology(curated, name);
    throw new Error(`unexpected ${url}`);
  },
};
/** An embed loaded at `embed.html<search>`. */
async function openAt(search: string): Promise<EmbedState> {
  const state = new EmbedState(memoryHistory(`https://p.test/app/embed.html${search}`));
  state.followUrl();
  await state.start(deps);
  return state;
}

describe('the embed’s view', () => {
  it('opens at the event a host page links to, and “Open in Parley” carries the same view', async () => {
    const state = await openAt('?event=witkoff-putin-2025-02-11&kind=envoy-meeting&theme=dark');
    expect(state.phase).toBe('ready');
    expect(state.selected?.event.title).toBe('Witkoff meets Putin in Moscow');
    expect(state.appLink).toBe(
      'https://p.test/app/?kind=envoy-meeting&event=witkoff-putin-2025-02-11',
    );
    expect(state.filtered.every((v) => v.event.kind === 'envoy-meeting')).toBe(true);
  });

  it('follows selection and the visible range in its link to the app', async () => {
    const state = await openAt('');
    expect(state.filtered).toHaveLength(47);
    state.select('witkoff-putin-2025-02-11');
    state.setRange([Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1)]);
    expect(state.appLink).toBe(
      'https://p.test/app/?from=2025-02-01&to=2025-03-01&event=witkoff-putin-2025-02-11',
    );
    expect(state.inView.length).toBeGreaterThan(0);
    expect(state.inView.length).toBeLessThan(47);
    state.select(null);
    expect(state.appLink).toBe('https://p.test/app/?from=2025-02-01&to=2025-03-01');
  });

  it('opens the dataset a story file names in place: data= set, dataset= gone, no history entry', async () => {
    const history = memoryHistory(
      'https://p.test/app/embed.html?dataset=mine&story=https://s.test/story.json&step=2',
    );
    const state = new EmbedState(history);
    state.openDataset('https://d.test/talks.json');
    expect(history.entries).toEqual([
      '?story=https%3A%2F%2Fs.test%2Fstory.json&step=2&data=https%3A%2F%2Fd.test%2Ftalks.json',
    ]);
    expect(history.reloads).toBe(1);
    expect(state.href()).toBe(`https://p.test/app/embed.html${history.entries[0]}`);
  });

  it('ignores starred=1: an embed has no reader’s stars, and would otherwise show nothing', async () => {
    const state = await openAt('?starred=1&kind=summit');
    expect(state.filtered.length).toBeGreaterThan(0);
    expect(state.appLink).toBe('https://p.test/app/?kind=summit');
  });

  it('fails with the reason when the data= file cannot be had', async () => {
    const state = await openAt('?data=https%3A%2F%2Fdata.test%2Fgone.json');
    expect(state.phase).toBe('failed');
    expect(state.error?.message).toContain('unexpected https://data.test/gone.json');
  });
});

describe('events in a range', () => {
  it('keeps those that overlap it, and all without one', async () => {
    const state = await openAt('');
    const all = state.filtered;
    expect(eventsInRange(all)).toBe(all);
    const march = eventsInRange(all, Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1));
    expect(march.length).toBeGreaterThan(0);
    expect(march.every((v) => v.start.startMs < Date.UTC(2025, 3, 1))).toBe(true);
  });
});
