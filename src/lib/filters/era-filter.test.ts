import { describe, expect, it } from 'vitest';
import { eraSpans } from '../timeline/eras';
import { ERAS } from '../timeline/test-eras';
import { views } from '../timeline/test-data';
import { applyFilters, buildFilterIndex, NO_FILTERS } from './filters';
import { eraFilterBounds, knownEra, withEraFilter } from './era-filter';

const spans = eraSpans(ERAS, Date.UTC(2026, 2, 1));

describe('the era filter', () => {
  it('is the era’s first and last day, and no last day while the era is open', () => {
    expect(eraFilterBounds(spans, 'minsk-process')).toEqual({
      after: '2014-09-01',
      before: '2022-02-21',
    });
    expect(eraFilterBounds(spans, 'second-trump-administration')).toEqual({
      after: '2025-02-11',
    });
  });

  it('leaves a day two eras share to the era that begins on it', () => {
    expect(eraFilterBounds(spans, 'talks-after-full-scale-invasion-2022')).toEqual({
      after: '2022-02-28',
      before: '2022-11-14',
    });
    expect(eraFilterBounds(spans, 'peace-formula')?.after).toBe('2022-11-15');
  });

  it('is nothing for an unknown id, which is dropped rather than guessed', () => {
    expect(eraFilterBounds(spans, 'minsk')).toBeUndefined();
    expect(eraFilterBounds(spans, undefined)).toBeUndefined();
    expect(knownEra(spans, 'minsk')).toBeUndefined();
    expect(knownEra(spans, 'peace-formula')).toBe('peace-formula');
  });

  it('narrows the reader’s own dates and is narrowed by them', () => {
    const bounds = eraFilterBounds(spans, 'minsk-process');
    expect(withEraFilter({ ...NO_FILTERS, after: '2016-01-01' }, bounds)).toMatchObject({
      after: '2016-01-01',
      before: '2022-02-21',
    });
    expect(withEraFilter({ ...NO_FILTERS, before: '2030-01-01' }, bounds)).toMatchObject({
      after: '2014-09-01',
      before: '2022-02-21',
    });
    const open = eraFilterBounds(spans, 'second-trump-administration');
    expect(withEraFilter({ ...NO_FILTERS, before: '2025-06-30' }, open)).toMatchObject({
      after: '2025-02-11',
      before: '2025-06-30',
    });
    expect(withEraFilter(NO_FILTERS, undefined)).toBe(NO_FILTERS);
  });

  it('keeps the events that start in the era when the filters apply it', () => {
    const events = views([
      { id: 'geneva-2014', start: '2014-04-17' },
      { id: 'tcg-minsk', start: '2014-09-01' },
      { id: 'minsk-ii', start: '2015-02-11', end: '2015-02-12' },
      { id: 'last-call', start: '2022-02-21' },
      { id: 'gomel', start: '2022-02-28' },
      { id: 'g20-peace-formula', start: '2022-11-15' },
      { id: 'riyadh', start: '2025-02-18' },
    ]);
    const index = buildFilterIndex(events);
    const ids = (era: string) =>
      applyFilters(index, withEraFilter(NO_FILTERS, eraFilterBounds(spans, era))).map(
        (v) => v.event.id,
      );
    expect(ids('minsk-process')).toEqual(['tcg-minsk', 'minsk-ii', 'last-call']);
    expect(ids('talks-after-full-scale-invasion-2022')).toEqual(['gomel']);
    expect(ids('peace-formula')).toEqual(['g20-peace-formula']);
    expect(ids('second-trump-administration')).toEqual(['riyadh']);
  });
});
