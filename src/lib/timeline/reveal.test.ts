import { describe, expect, it } from 'vitest';
import { freeBand, OpenEventReveal, scrollToShow } from './reveal';

describe('keeping the open event’s mark on screen', () => {
  it.each([
    ['already in view', 100, 120, [0, 800], 0],
    ['below the free band: scrolled up to its middle', 700, 720, [0, 400], 700 - 190],
    ['above the viewport: scrolled down to the middle', -300, -280, [0, 800], -300 - 390],
    ['touching the edge of the free band', 395, 405, [0, 400], 395 - 195],
  ] as const)('%s', (_, top, bottom, band, dy) => {
    expect(scrollToShow(top, bottom, band[0], band[1])).toBe(dy);
  });

  it.each([
    ['no detail open', undefined, [0, 812]],
    ['a sheet at the bottom', { top: 450, fixed: true }, [0, 450]],
    ['a panel from the top (beside the page)', { top: 0, fixed: true }, [0, 812]],
    ['a detail in the page’s flow', { top: 450, fixed: false }, [0, 812]],
  ] as const)('free band with %s', (_, sheet, band) => {
    expect(freeBand(812, sheet)).toEqual(band);
  });
});

describe('bringing the open event into view', () => {
  const DAY = 86_400_000;
  const span: [number, number] = [500 * DAY, 501 * DAY];
  const year: [number, number] = [0, 4000 * DAY];
  const closer: [number, number] = [0.5 * DAY, 1000.5 * DAY];

  it('reveals the event when it opens, and no more once it has a mark', () => {
    const reveal = new OpenEventReveal();
    expect(reveal.next('a', span, true, year, year)).toEqual({ reveal: span, scroll: true });
    expect(reveal.next('a', span, true, year, year)).toEqual({ scroll: true });
    expect(reveal.next('a', span, true, year, year)).toBeUndefined();
    // Zoomed out by the reader into a count: not zoomed back in.
    expect(reveal.next('a', span, false, year, year)).toBeUndefined();
  });

  it('zooms in on an event drawn only as a count, a step at a time, until it has a mark', () => {
    const reveal = new OpenEventReveal();
    reveal.next('a', span, false, year, year);
    // A quarter of the range, centred on the event.
    expect(reveal.next('a', span, false, year, year)).toEqual({ zoomTo: closer, scroll: true });
    // The layout is still the old zoom's: wait for the new one.
    expect(reveal.next('a', span, false, closer, year)).toBeUndefined();
    expect(reveal.next('a', span, true, closer, closer)).toEqual({ scroll: true });
  });

  it('zooms in again when the chart narrows (the detail opening beside it) and the mark turns into a count', () => {
    const reveal = new OpenEventReveal();
    reveal.next('a', span, true, year, year, 1000);
    expect(reveal.next('a', span, true, year, year, 1000)).toEqual({ scroll: true });
    // The reader zooming out at the same width is left alone …
    expect(reveal.next('a', span, false, year, year, 1000)).toBeUndefined();
    // … but a narrower chart that lost the mark gets the steps again.
    expect(reveal.next('a', span, false, year, year, 560)).toEqual({
      zoomTo: closer,
      scroll: true,
    });
  });

  it('gives up after a few steps', () => {
    const reveal = new OpenEventReveal();
    reveal.next('a', span, false, year, year);
    const steps = Array.from({ length: 10 }, () => reveal.next('a', span, false, year, year));
    expect(steps.filter((s) => s?.zoomTo)).toHaveLength(6);
  });

  it('starts again for another event, or the same one opened again', () => {
    const reveal = new OpenEventReveal();
    reveal.next('a', span, true, year, year);
    expect(reveal.next('b', span, true, year, year)).toEqual({ reveal: span, scroll: true });
    reveal.reset();
    expect(reveal.next('b', span, true, year, year)).toEqual({ reveal: span, scroll: true });
  });
});
