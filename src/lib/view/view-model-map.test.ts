import { describe, expect, it } from 'vitest';
import type { Chronology } from '../model/types';
import { memoryHistory } from './memory-history';
import { ViewModel } from './view-model.svelte';

const talks: Chronology = {
  title: 'Talks',
  events: [
    { id: 'call', title: 'A call', start: '2025-01-10', kind: 'phone-call' },
    {
      id: 'moscow',
      title: 'In Moscow',
      start: '2025-02-11',
      kind: 'summit',
      location: { city: 'Moscow' },
    },
    {
      id: 'geneva',
      title: 'In Geneva',
      start: '2025-03-20',
      kind: 'summit',
      location: { city: 'Geneva' },
    },
    {
      id: 'geneva-2',
      title: 'Geneva again',
      start: '2025-04-20',
      kind: 'envoy-meeting',
      location: { city: 'Geneva' },
    },
  ],
};

function openAt(search: string): ViewModel {
  const model = new ViewModel(memoryHistory(`https://p.test/app/${search}`), {
    historyEntries: true,
    stars: true,
  });
  model.followUrl();
  model.show(talks);
  return model;
}

const ids = (model: ViewModel) =>
  Array.from(model.rowsInViewAnyPlace ?? [], (row) => model.columns?.get().ids[row]);

describe('the venue map’s events (rowsInViewAnyPlace)', () => {
  it('are the events in view when no place is chosen', () => {
    const model = openAt('?kind=summit');
    expect(ids(model)).toEqual(['moscow', 'geneva']);
  });

  it('keep every place when one is chosen, under the other filters and the range', () => {
    const model = openAt('?place=Geneva&kind=summit');
    expect(model.inView.map((v) => v.event.id)).toEqual(['geneva']);
    expect(ids(model)).toEqual(['moscow', 'geneva']);
    model.setRange([Date.UTC(2025, 2, 1), Date.UTC(2025, 5, 1)]);
    expect(ids(model)).toEqual(['geneva']);
  });

  it('keep the events without a place when "no place" is chosen', () => {
    const model = openAt('?place=-');
    expect(model.inView.map((v) => v.event.id)).toEqual(['call']);
    expect(ids(model)).toEqual(['call', 'moscow', 'geneva', 'geneva-2']);
  });
});
