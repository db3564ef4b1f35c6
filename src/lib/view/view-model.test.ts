import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type UserMarks } from '../filters/filters';
import { LoadError } from '../io/fetch-text';
import type { Chronology } from '../model/types';
import { memoryHistory } from './memory-history';
import { ViewModel, type PageKind } from './view-model.svelte';

const APP: PageKind = { historyEntries: true, stars: true };
const EMBED: PageKind = { historyEntries: false, stars: false };

const talks: Chronology = {
  title: 'Talks',
  events: [
    { id: 'jan', title: 'January call', start: '2025-01-10', kind: 'phone-call', track: 'a' },
    { id: 'feb', title: 'February summit', start: '2025-02-11', kind: 'summit', track: 'b' },
    { id: 'mar', title: 'March summit', start: '2025-03-20', kind: 'summit', track: 'a' },
  ],
};

/** A view model at `search`, following its URL, with `talks` on screen. */
function openAt(search: string, page = APP) {
  const history = memoryHistory(`https://p.test/app/${search}`);
  const model = new ViewModel(history, page);
  const stop = model.followUrl();
  model.show(talks);
  return { history, model, stop };
}

describe('the URL becomes the view', () => {
  it('reads every part the URL holds', () => {
    const { model } = openAt('?kind=summit&group=kind&event=feb&from=2025-02-01&to=2025-03-01');
    expect(model.view.filters.kind).toEqual(['summit']);
    expect(model.view.group).toBe('kind');
    expect(model.selected?.event.title).toBe('February summit');
    expect(model.range).toEqual([Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1)]);
  });

  it('keeps starred=1 where the reader has stars, and drops it where there are none', () => {
    expect(openAt('?starred=1').model.view.filters.starred).toBe(true);
    expect(openAt('?starred=1', EMBED).model.view.filters.starred).toBeUndefined();
  });

  it('has no open event when the dataset has no such id', () => {
    const { model } = openAt('?event=gone');
    expect(model.view.event).toBe('gone');
    expect(model.selected).toBeNull();
  });
});

describe('the view becomes the URL', () => {
  it('makes filters, grouping and the open event history entries, so Back undoes them', () => {
    const { history, model } = openAt('');
    model.setFilters({ ...NO_FILTERS, kind: ['summit'] });
    model.setGroup('kind');
    model.select('feb');
    expect(history.entries).toEqual([
      '',
      '?kind=summit',
      '?group=kind&kind=summit',
      '?group=kind&kind=summit&event=feb',
    ]);
  });

  it('replaces the entry when the range or the time zone moves, instead of flooding history', () => {
    const { history, model } = openAt('?event=feb');
    model.setRange([Date.UTC(2025, 0, 1), Date.UTC(2025, 5, 1)]);
    model.setTimes('utc');
    expect(history.entries).toEqual(['?from=2025-01-01&to=2025-06-01&times=utc&event=feb']);
    model.setRange(undefined);
    expect(history.entries).toEqual(['?times=utc&event=feb']);
  });

  it('in an embed, replaces the entry for every change: the host page’s Back stays its own', () => {
    const { history, model } = openAt('?theme=dark', EMBED);
    model.select('feb');
    model.setFilters({ ...NO_FILTERS, kind: ['summit'] });
    expect(history.entries).toEqual(['?theme=dark&kind=summit&event=feb']);
  });

  it('keeps parameters it does not own, and selecting the open event again adds nothing', () => {
    const { history, model } = openAt('?utm=x');
    model.select('feb');
    model.select('feb');
    expect(history.entries).toEqual(['?utm=x', '?utm=x&event=feb']);
  });

  it('links to an event in the current view', () => {
    const { model } = openAt('?kind=summit&utm=x');
    expect(model.linkTo('mar')).toBe('?kind=summit&event=mar');
  });
});

describe('Back and Forward', () => {
  it('restore the view of each entry', () => {
    const { history, model } = openAt('');
    model.setFilters({ ...NO_FILTERS, kind: ['summit'] });
    model.select('feb');
    history.back();
    expect(model.view.event).toBeUndefined();
    expect(model.matching).toBe(2);
    history.back();
    expect(model.matching).toBe(3);
    history.forward();
    history.forward();
    expect(model.selected?.event.id).toBe('feb');
    expect(history.reloads).toBe(0);
  });

  it('reload the page for an entry of another dataset, which only a load can show', () => {
    const { history, model } = openAt('?dataset=file%3Aone');
    model.update({ dataset: 'file:two', event: undefined }, 'push');
    history.back();
    expect(history.reloads).toBe(1);
    expect(model.view.dataset).toBe('file:two');
  });

  it('are no longer followed once stopped', () => {
    const { history, model, stop } = openAt('');
    model.select('feb');
    stop();
    history.back();
    expect(model.view.event).toBe('feb');
  });
});

describe('from dataset to lanes and range', () => {
  it('shows every event before any filter, in lanes by track', () => {
    const { model } = openAt('');
    expect(model.phase).toBe('ready');
    expect(model.total).toBe(3);
    expect(model.matching).toBe(3);
    expect(model.lanes.lanes.map((lane) => lane.key).sort()).toEqual(['a', 'b']);
    expect(model.extent[0]).toBeLessThanOrEqual(Date.UTC(2025, 0, 10));
    expect(model.extent[1]).toBeGreaterThan(Date.UTC(2025, 2, 20));
  });

  it('filters into the lanes, keeps the whole extent, and counts facets under the filters', () => {
    const { model } = openAt('?kind=summit&group=kind');
    expect(model.filtered.map((v) => v.event.id)).toEqual(['feb', 'mar']);
    expect(model.lanes.lanes.map((lane) => lane.key)).toEqual(['summit']);
    expect(model.lanes.events).toHaveLength(2);
    expect(model.extent).toEqual(openAt('').model.extent);
    const kinds = model.facets?.kind.map(({ value, count }) => [value, count]);
    expect(kinds).toEqual([
      ['summit', 2],
      ['phone-call', 1],
    ]);
  });

  it('keeps the whole dataset’s lanes while the range and filters change, and regroups them', () => {
    const { model } = openAt('');
    const everything = model.lanes;
    // Moving the range, or filtering and clearing again, shows the same lanes: no rebuild.
    model.setRange([Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1)]);
    expect(model.lanes).toBe(everything);
    model.setFilters({ ...NO_FILTERS, kind: ['summit'] });
    expect(model.lanes.events.map((v) => v.event.id)).toEqual(['feb', 'mar']);
    model.setFilters(NO_FILTERS);
    expect(model.lanes).toBe(everything);
    model.setGroup('kind');
    expect(model.lanes.lanes.map((lane) => lane.key).sort()).toEqual(['phone-call', 'summit']);
    expect(model.lanes.events).toHaveLength(3);
    // Another dataset has lanes of its own.
    model.show({ events: [{ id: 'apr', title: 'April call', start: '2025-04-01' }] });
    expect(model.lanes.events.map((v) => v.event.id)).toEqual(['apr']);
  });

  it('lists in view only the selection’s events inside the visible range', () => {
    const { model } = openAt('?kind=summit');
    expect(model.inView).toHaveLength(2);
    model.setRange([Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1)]);
    expect(model.inView.map((v) => v.event.id)).toEqual(['mar']);
    model.setRange(undefined);
    expect(model.inView).toHaveLength(2);
  });

  it('filters on the reader’s stars where a page provides them', () => {
    class Starred extends ViewModel {
      protected override userMarks(): UserMarks {
        return { starred: new Set(['jan']), notes: new Map() };
      }
    }
    const model = new Starred(memoryHistory('https://p.test/app/?starred=1'), APP);
    model.followUrl();
    model.show(talks);
    expect(model.filtered.map((v) => v.event.id)).toEqual(['jan']);
  });
});

describe('a load that fails', () => {
  it('says why, as a LoadError whatever was thrown', () => {
    const { model } = openAt('');
    model.fail(new TypeError('Failed to fetch'));
    expect(model.phase).toBe('failed');
    expect(model.error).toBeInstanceOf(LoadError);
    expect(model.error?.message).toBe('Failed to fetch');
    const kept = new LoadError('Not a chronology', { problems: ['no events'] });
    model.fail(kept);
    expect(model.error).toBe(kept);
  });
});

describe('a dataset with eras', () => {
  const withEras: Chronology = {
    ...talks,
    events: [
      ...talks.events,
      { id: 'old', title: 'An old round', start: '2015-02-12', kind: 'summit', track: 'a' },
    ],
    eras: [
      { id: 'then', title: 'Then', start: '2014-09-01', end: '2022-02-21', level: 1, sources: [] },
      { id: 'now', title: 'Now', start: '2025-01-01', level: 1, sources: [] },
    ],
  };
  function openWithEras(search: string) {
    const history = memoryHistory(`https://p.test/app/${search}`);
    const model = new ViewModel(history, APP);
    model.followUrl();
    model.show(withEras);
    return { history, model };
  }

  it('opens on the latest era, and on an open event’s era', () => {
    const latest = openWithEras('').model;
    expect(latest.inView.map((v) => v.event.id)).toEqual(['jan', 'feb', 'mar']);
    const old = openWithEras('?event=old').model;
    expect(old.inView.map((v) => v.event.id)).toEqual(['old']);
  });

  it('closing an event in another era keeps that era in the URL; in the latest, adds nothing', () => {
    const { history, model } = openWithEras('?event=old');
    model.select(null);
    expect(model.inView.map((v) => v.event.id)).toEqual(['old']);
    expect(new URLSearchParams(history.read()).get('from')).not.toBeNull();

    const latest = openWithEras('?event=feb');
    latest.model.select(null);
    expect(latest.history.read()).toBe('');
  });
});
