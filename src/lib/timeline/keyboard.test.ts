import { describe, expect, it } from 'vitest';
import { ChartKeyboard, type KeyContext } from './keyboard.svelte';
import { buildLanes } from './lanes';
import { views } from './test-data';
import type { TimelineZoom } from './zoom';

const lanes = buildLanes(
  views([
    { start: '2025-03-01', track: 'a' },
    { start: '2025-03-05', track: 'b' },
    { start: '2025-03-09', track: 'a' },
  ]),
  'track',
);

/** A zoom that records what it was asked, showing all of March 2025. */
function context() {
  const calls: string[] = [];
  const selected: string[] = [];
  const zoom = {
    range: [Date.parse('2025-03-01'), Date.parse('2025-04-01')],
    zoomBy: (factor: number, x: number) => calls.push(`zoom ${factor} at ${x}`),
    panBy: (px: number) => calls.push(`pan ${px}`),
    reveal: () => undefined,
  } as unknown as TimelineZoom;
  const c: KeyContext = {
    lanes,
    zoom,
    width: 500,
    focusX: 250,
    onselect: (id) => selected.push(id),
  };
  return { c, calls, selected };
}

function press(key: string, modifiers: Partial<KeyboardEvent> = {}) {
  let prevented = false;
  const event = {
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...modifiers,
    preventDefault: () => (prevented = true),
  } as unknown as KeyboardEvent;
  return { event, prevented: () => prevented };
}

describe('the chart’s keys', () => {
  it.each([
    { keys: ['+'], calls: ['zoom 2 at 250'] },
    { keys: ['='], calls: ['zoom 2 at 250'] },
    { keys: ['-'], calls: ['zoom 0.5 at 250'] },
    { keys: ['_'], calls: ['zoom 0.5 at 250'] },
    { keys: ['PageUp'], calls: ['pan 400'] },
    { keys: ['PageDown'], calls: ['pan -400'] },
  ])('$keys → $calls', ({ keys, calls }) => {
    const { c, calls: made } = context();
    const keyboard = new ChartKeyboard();
    for (const key of keys) {
      const p = press(key);
      keyboard.onkey(p.event, c);
      expect(p.prevented()).toBe(true);
    }
    expect(made).toEqual(calls);
  });

  it.each([
    // The first → focuses the first event in view (March), the first ← the last.
    { keys: ['ArrowRight'], focus: { event: 0, lane: 0 } },
    { keys: ['ArrowRight', 'ArrowRight'], focus: { event: 1, lane: 1 } },
    { keys: ['ArrowLeft'], focus: { event: 2, lane: 0 } },
    { keys: ['ArrowDown'], focus: { event: 0, lane: 0 } },
    { keys: ['Home', 'ArrowRight'], focus: { event: 1, lane: 1 } },
    { keys: ['End', 'ArrowRight'], focus: { event: 2, lane: 0 } },
    { keys: ['Home'], focus: { event: 0, lane: 0 } },
    { keys: ['End'], focus: { event: 2, lane: 0 } },
    { keys: ['Home', 'ArrowDown'], focus: { event: 1, lane: 1 } },
    { keys: ['Home', 'ArrowDown', 'ArrowUp'], focus: { event: 0, lane: 0 } },
  ])('$keys focus $focus', ({ keys, focus }) => {
    const { c } = context();
    const keyboard = new ChartKeyboard();
    for (const key of keys) keyboard.onkey(press(key).event, c);
    expect(keyboard.focus).toEqual(focus);
    expect(keyboard.announcement).toContain(`Event ${focus.event}`);
  });

  it('Enter opens the focused event, and does nothing (nor prevents) with none focused', () => {
    const { c, selected } = context();
    const keyboard = new ChartKeyboard();
    const before = press('Enter');
    keyboard.onkey(before.event, c);
    expect(before.prevented()).toBe(false);
    keyboard.onkey(press('End').event, c);
    keyboard.onkey(press(' ').event, c);
    expect(selected).toEqual(['e2']);
  });

  it('leaves keys with modifiers to the browser', () => {
    const { c, calls } = context();
    const p = press('+', { ctrlKey: true });
    new ChartKeyboard().onkey(p.event, c);
    expect(calls).toEqual([]);
    expect(p.prevented()).toBe(false);
  });

  it('forgets a focus the filters took away', () => {
    const { c } = context();
    const keyboard = new ChartKeyboard();
    keyboard.onkey(press('End').event, c);
    keyboard.keepWithin(buildLanes(views([{ start: '2025-03-01' }]), 'track'));
    expect(keyboard.focus).toBeUndefined();
  });
});
