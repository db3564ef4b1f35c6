import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../filters/filters';
import { monthTarget, pairTarget, personTarget, placeTarget } from './trace';

const f = (patch: Partial<Filters> = {}): Filters => ({ ...NO_FILTERS, ...patch });

describe('trace', () => {
  it('a month is its first to last day; a kind bar adds the kind', () => {
    expect(monthTarget(f(), '2025-02', 'summit')).toEqual(
      f({ after: '2025-02-01', before: '2025-02-28', kind: ['summit'] }),
    );
  });

  it('a month stays inside a date range already set', () => {
    expect(monthTarget(f({ after: '2025-02-10', before: '2025-12-31' }), '2025-02')).toMatchObject({
      after: '2025-02-10',
      before: '2025-02-28',
    });
  });

  it('a place or a country sets the place facet, keeping the other filters', () => {
    expect(placeTarget(f({ q: 'talks' }), ['Riyadh', 'Jeddah'])).toEqual(
      f({ q: 'talks', place: ['Riyadh', 'Jeddah'] }),
    );
  });

  it('a mediator joins the people already required', () => {
    expect(personTarget(f(), 'erdogan')).toEqual(f({ person: ['erdogan'] }));
    expect(personTarget(f({ person: ['putin'] }), 'erdogan')).toEqual(
      f({ person: ['putin', 'erdogan'], personMatch: 'all' }),
    );
    expect(personTarget(f({ person: ['a', 'b'] }), 'erdogan')).toEqual(f({ person: ['erdogan'] }));
  });

  it("a pair's interval is their shared events between its two days", () => {
    expect(
      pairTarget(f({ person: ['x'] }), ['witkoff', 'putin'], '2025-02-11', '2025-03-13'),
    ).toEqual(
      f({
        person: ['witkoff', 'putin'],
        personMatch: 'all',
        after: '2025-02-11',
        before: '2025-03-13',
      }),
    );
  });
});
