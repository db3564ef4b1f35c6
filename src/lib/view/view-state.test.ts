import { mustParseDate } from '../model/dates';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters/filters';
import {
  DEFAULT_VIEW,
  formatInstant,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './view-state';

describe('the URL holds the view', () => {
  const full: ViewState = {
    event: 'witkoff-putin-2025-08-06',
    data: 'https://example.org/d.json',
    group: 'participant',
    from: Date.UTC(2025, 1, 1),
    to: Date.UTC(2025, 5, 30, 12, 30),
    filters: {
      kind: ['envoy-meeting', 'summit'],
      track: ['us-russia'],
      person: ['witkoff'],
      place: ['Moscow'],
      status: ['confirmed'],
      q: 'Kremlin talks',
      after: '2025-02-01',
      before: '2025-12-31',
      starred: true,
    },
    times: 'utc',
  };

  it('round-trips every part of the view', () => {
    expect(parseViewState(serializeViewState(full))).toEqual(full);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('writes a readable range: dates at midnight, minutes otherwise', () => {
    expect(formatInstant(Date.UTC(2025, 1, 11))).toBe('2025-02-11');
    expect(formatInstant(Date.UTC(2025, 1, 11, 14, 30))).toBe('2025-02-11T14:30Z');
    expect(
      serializeViewState({ ...DEFAULT_VIEW, from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 6, 1) }),
    ).toBe('?from=2025-01-01&to=2025-07-01');
  });

  it('writes a view reaching into deep time as years, and one padded past 9999 as ending there', () => {
    const bigBang = mustParseDate('-13800000000').startMs;
    const farFuture = 400e6 * 31_556_952_000;
    const text = serializeViewState({ ...DEFAULT_VIEW, from: bigBang, to: farFuture });
    expect(text).toBe('?from=-13800000000&to=9999-12-31');
    const back = parseViewState(text);
    expect(back.from).toBe(bigBang);
    expect(back.to).toBe(Date.UTC(9999, 11, 31));
  });

  it('keeps parameters it does not own', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, event: 'a' }, '?utm=x&event=b')).toBe(
      '?utm=x&event=a',
    );
  });

  it.each([
    ['?group=colour', { group: 'track' }],
    ['?times=mars', { times: 'venue' }],
    ['?from=2025-13-01&to=2025-02-01', {}],
    ['?from=2025-03-01&to=2025-02-01', {}],
    ['?from=2025-03-01', {}],
    ['?after=yesterday&before=2025-02', { filters: NO_FILTERS }],
  ])('drops what does not parse: %s', (search, expected) => {
    const view = parseViewState(search);
    expect(view).toMatchObject(expected);
    expect(view.from).toBeUndefined();
  });

  it('a stored dataset round-trips through the URL, and data= wins over it', () => {
    const view = parseViewState('?dataset=file%3Aabc&event=e1');
    expect(view.dataset).toBe('file:abc');
    expect(parseViewState(serializeViewState(view))).toEqual(view);
    expect(parseViewState('?dataset=file:abc&data=https://x.org/d.json').dataset).toBeUndefined();
  });

  it('holds "starred only" as starred=1, and nothing else as it', () => {
    const starred = { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, starred: true } };
    expect(serializeViewState(starred)).toBe('?starred=1');
    expect(parseViewState('?starred=1').filters.starred).toBe(true);
    expect(parseViewState('?starred=yes').filters.starred).toBeUndefined();
  });

  it('holds "all of" participants, tags and "sources disagree" (README, URL options)', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      filters: {
        ...NO_FILTERS,
        person: ['witkoff', 'putin'],
        personMatch: 'all',
        tag: ['witkoff-putin', 'overnight'],
        disagree: true,
      },
    };
    const search = serializeViewState(view);
    expect(search).toBe(
      '?person=witkoff&person=putin&personMatch=all&tag=witkoff-putin&tag=overnight&disagree=1',
    );
    expect(parseViewState(search)).toEqual(view);
    expect(parseViewState('?person=a&personMatch=any').filters.personMatch).toBeUndefined();
    expect(parseViewState('?disagree=yes&tag=').filters).toEqual(NO_FILTERS);
  });

  it('reads repeated facet values', () => {
    expect(parseViewState('?kind=summit&kind=phone-call').filters.kind).toEqual([
      'summit',
      'phone-call',
    ]);
  });
});
