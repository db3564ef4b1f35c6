import { describe, expect, it } from 'vitest';
import { eraRows, layoutEraBands } from './era-bands';
import { eraSpans } from './eras';
import { createTimeScale } from './scale';
import { ERAS } from './test-eras';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DATA_END = day(2026, 3, 1);
const spans = eraSpans(ERAS, DATA_END);

describe('era bands', () => {
  it('sit where their days are on the scale, with their whole title when it fits', () => {
    const x = createTimeScale([day(2014, 1, 1), DATA_END], 1200);
    const bands = layoutEraBands(spans, x, 1200);
    expect(bands.map((b) => b.span.era.id)).toEqual(ERAS.map((e) => e.id));
    const minsk = bands[0]!;
    expect(minsk.x0).toBeCloseTo(x(day(2014, 9, 1)), 6);
    expect(minsk.x1).toBeCloseTo(x(day(2022, 2, 22)), 6);
    expect(minsk.label).toBe('Minsk process, 2014–2022');
  });

  it('shorten a title that does not fit with "…", and hide one that cannot show enough', () => {
    const x = createTimeScale([day(2014, 1, 1), DATA_END], 375);
    const bands = layoutEraBands(spans, x, 375);
    const labels = Object.fromEntries(bands.map((b) => [b.span.era.id, b.label]));
    expect(labels).toEqual({
      'minsk-process': 'Minsk process, 2014–2022',
      'talks-after-full-scale-invasion-2022': undefined,
      'peace-formula': 'The pe…',
      'second-trump-administration': undefined,
    });
    for (const band of bands) {
      if (band.label) expect(band.label.length * 7).toBeLessThanOrEqual(band.x1 - band.x0);
    }
  });

  it('are clipped to the plot, and left out when out of view', () => {
    // Zoomed on 2022: Minsk ends inside, the peace formula runs past the right edge.
    const x = createTimeScale([day(2022, 1, 1), day(2023, 1, 1)], 800);
    const bands = layoutEraBands(spans, x, 800);
    expect(bands.map((b) => b.span.era.id)).toEqual([
      'minsk-process',
      'talks-after-full-scale-invasion-2022',
      'peace-formula',
    ]);
    expect(bands[0]!.x0).toBe(0);
    expect(bands[2]!.x1).toBe(800);
  });

  it('never overlap in a row, even where one era ends on the day the next begins', () => {
    const x = createTimeScale([day(2022, 11, 1), day(2022, 12, 1)], 900);
    const [talks, formula] = layoutEraBands(spans, x, 900);
    expect(talks!.x1).toBeCloseTo(formula!.x0, 6);
  });

  it('alternate within a row and go one row per level', () => {
    const levelled = eraSpans(
      [
        ...ERAS,
        {
          id: 'grain',
          title: 'Grain deal',
          start: '2022-07-22',
          end: '2023-07-17',
          level: 1,
          sources: [],
        },
      ],
      DATA_END,
    );
    const x = createTimeScale([day(2014, 1, 1), DATA_END], 1200);
    const bands = layoutEraBands(levelled, x, 1200);
    expect(bands.map((b) => [b.row, b.index])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 0],
    ]);
    expect(eraRows(levelled)).toBe(2);
    expect(eraRows([])).toBe(0);
  });
});
