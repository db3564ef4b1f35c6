import { describe, expect, it } from 'vitest';
import { freeBand, scrollToShow } from './reveal';

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
