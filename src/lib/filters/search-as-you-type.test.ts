import { beforeEach, describe, expect, it } from 'vitest';
import { BURST_MS, searchAsYouType, type HistoryMode } from './search-as-you-type';

describe('search as you type', () => {
  let applied: [string, HistoryMode][];
  let frames: (() => void)[];
  let clock: number;
  let type: (q: string) => void;
  /** The browser draws a frame: what was scheduled for it runs. */
  const frame = () => frames.splice(0).forEach((task) => task());

  beforeEach(() => {
    applied = [];
    frames = [];
    clock = 0;
    type = searchAsYouType((q, mode) => applied.push([q, mode]), {
      nextFrame: (task) => frames.push(task),
      now: () => clock,
    });
  });

  it('answers a key in the next frame, as a history entry', () => {
    type('w');
    expect(applied).toEqual([]);
    frame();
    expect(applied).toEqual([['w', 'push']]);
  });

  it('folds the keys typed before a frame into one answer with the latest text', () => {
    type('w');
    type('wi');
    type('wit');
    frame();
    expect(applied).toEqual([['wit', 'push']]);
    expect(frames).toEqual([]);
  });

  it('replaces the history entry while the reader keeps typing, and never drops the last key', () => {
    for (const q of ['p', 'pu', 'put', 'puti', 'putin']) {
      type(q);
      clock += 100;
      frame();
    }
    expect(applied.map(([, mode]) => mode)).toEqual([
      'push',
      'replace',
      'replace',
      'replace',
      'replace',
    ]);
    expect(applied.at(-1)).toEqual(['putin', 'replace']);
  });

  it('starts a new history entry after a pause in typing', () => {
    type('geneva');
    frame();
    clock += BURST_MS + 1;
    type('riyadh');
    frame();
    expect(applied).toEqual([
      ['geneva', 'push'],
      ['riyadh', 'push'],
    ]);
  });
});
