import { describe, expect, it } from 'vitest';
import { citeView, formatAccessed } from './cite';

describe('citeView', () => {
  it('names the dataset, version, selection, link and day of access in one paragraph', () => {
    expect(
      citeView({
        title: 'US–Russia–Ukraine talks, 2025–2026',
        version: '1.0.1',
        updated: '2026-01-30',
        url: 'https://parley.example/?track=us-russia',
        accessed: new Date('2026-11-28T10:00:00Z'),
        eventCount: 12,
      }),
    ).toBe(
      'US–Russia–Ukraine talks, 2025–2026 (version 1.0.1, updated 2026-01-30). 12 events selected. Parley. https://parley.example/?track=us-russia (accessed 28 November 2026).',
    );
  });

  it('reads well without a version, date or title, and for one event', () => {
    expect(
      citeView({
        accessed: new Date('2026-01-05T00:00:00Z'),
        eventCount: 1,
        url: 'https://p.example/',
      }),
    ).toBe(
      'Untitled chronology. 1 event selected. Parley. https://p.example/ (accessed 5 January 2026).',
    );
  });

  it('leaves out a link that is not http(s)', () => {
    const text = citeView({
      title: 'T',
      url: 'javascript:alert(1)',
      accessed: new Date(0),
      eventCount: 2,
    });
    expect(text).toBe('T. 2 events selected. Parley. (accessed 1 January 1970).');
  });

  it('gives the UTC day of access, the same on every machine', () => {
    expect(formatAccessed(new Date('2026-11-28T23:59:59Z'))).toBe('28 November 2026');
    expect(formatAccessed(new Date('2026-11-29T00:00:00Z'))).toBe('29 November 2026');
  });
});
