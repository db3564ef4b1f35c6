import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine } from './ics-text';
import { exportIcs } from './ics';
import { curated, hostile, NOW } from './test-data';

const encoder = new TextEncoder();

/** Content lines as a calendar app reads them: CRLF + space joins a folded line back. */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

/** The properties of one VEVENT, by UID prefix (the event id). */
function vevent(text: string, id: string): Map<string, string> {
  const lines = unfold(text);
  const start = lines.findIndex((line) => line.startsWith(`UID:${id}@`));
  const end = lines.indexOf('END:VEVENT', start);
  const props = new Map<string, string>();
  for (const line of lines.slice(start, end)) {
    const colon = line.indexOf(':');
    props.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return props;
}

function hostileIcs(extra: Partial<Parameters<typeof exportIcs>[0]> = {}) {
  const data = hostile();
  return exportIcs({ chronology: data, events: data.events, now: NOW, ...extra });
}

describe('ICS text rules', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const line = 'SUMMARY:' + 'Ж🕊é'.repeat(40);
    const folded = foldIcsLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\ud800-\udfff]/u); // no half of a surrogate pair
    }
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('gives back any text after escaping, folding and unfolding, in lines of at most 75 octets', () => {
    // Control characters other than line breaks are not allowed in iCalendar text, so left out.
    const text = fc
      .string({ unit: 'binary', maxLength: 400 })
      // eslint-disable-next-line no-control-regex
      .map((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''));
    fc.assert(
      fc.property(text, (value) => {
        const folded = foldIcsLine(`DESCRIPTION:${escapeIcsText(value)}`);
        for (const line of folded.split('\r\n')) {
          expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
        }
        const unfolded = folded.replace(/\r\n /g, '').slice('DESCRIPTION:'.length);
        const unescaped = unfolded.replace(/\\([\\;,n])/g, (_, c: string) =>
          c === 'n' ? '\n' : c,
        );
        expect(unescaped).toBe(value);
      }),
    );
  });

  it('leaves a line of exactly 75 octets whole', () => {
    const line = 'X'.repeat(75);
    expect(foldIcsLine(line)).toBe(line);
    expect(foldIcsLine(line + 'Y')).toBe(line + '\r\n Y');
  });
});

describe('exportIcs', () => {
  it('writes a calendar whose every line is CRLF-ended and at most 75 octets, for the curated data', () => {
    const data = curated();
    const file = exportIcs({
      chronology: data,
      events: data.events,
      now: NOW,
      datasetId: 'curated',
    });
    expect(file.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.text.split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    }
    const lines = unfold(file.text);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Parley//Parley chronology export//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:US–Russia–Ukraine peace talks\\, 2014–2026',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(data.events.length);
    expect(lines.filter((l) => l.startsWith('UID:'))).toHaveLength(data.events.length);
    expect(lines).toContain('UID:witkoff-putin-2025-02-11@curated.parley');
    expect(file.fileName).toBe('parley-us-russia-ukraine-peace-talks-2014-2026-2026-11-28.ics');
    expect(file.mimeType).toBe('text/calendar;charset=utf-8');
  });

  it('makes a civil date an all-day event ending (exclusively) the next day, in every time zone', () => {
    const props = vevent(hostileIcs().text, 'day-event');
    expect(props.get('DTSTART;VALUE=DATE')).toBe('20250806');
    expect(props.get('DTEND;VALUE=DATE')).toBe('20250807');
    expect(props.get('DTSTAMP')).toBe('20261128T233000Z');
  });

  it('makes a range of days all-day through the day after its last day', () => {
    const props = vevent(hostileIcs().text, 'range-event');
    expect(props.get('DTSTART;VALUE=DATE')).toBe('20250323');
    expect(props.get('DTEND;VALUE=DATE')).toBe('20250326');
  });

  it('spans the whole month for a date known to the month, and says so', () => {
    const props = vevent(hostileIcs().text, 'month-event');
    expect(props.get('DTSTART;VALUE=DATE')).toBe('20251001');
    expect(props.get('DTEND;VALUE=DATE')).toBe('20251101');
    expect(props.get('DESCRIPTION')).toContain(
      'c. October 2025 (date known to the month\\, approximate date)',
    );
  });

  it('spans the whole year for a date known to the year, and says so', () => {
    const props = vevent(hostileIcs().text, 'year-event');
    expect(props.get('DTSTART;VALUE=DATE')).toBe('20250101');
    expect(props.get('DTEND;VALUE=DATE')).toBe('20260101');
    expect(props.get('DESCRIPTION')).toContain('2025 (date known to the year)');
  });

  it('ends at the end of the month when the end is known only to the month', () => {
    const props = vevent(hostileIcs().text, 'long-event');
    expect(props.get('DTSTART;VALUE=DATE')).toBe('20251231');
    expect(props.get('DTEND;VALUE=DATE')).toBe('20260201');
    expect(props.get('DESCRIPTION')).toContain('(date known to the month)');
  });

  it('writes timed events as UTC instants', () => {
    const props = vevent(hostileIcs().text, 'timed-event');
    expect(props.get('DTSTART')).toBe('20251202T170000Z');
    expect(props.get('DTEND')).toBe('20251202T220000Z');
  });

  it('escapes the title and summary, and lists place, coordinates, sources, note and link', () => {
    const file = hostileIcs({
      datasetId: 'url:https://example.org/talks.json',
      notes: [{ eventId: 'day-event', text: 'Ask; check, "twice"', starred: true }],
      linkTo: (id) => `https://parley.example/?event=${encodeURIComponent(id)}`,
    });
    const props = vevent(file.text, 'day-event');
    expect(props.get('UID')).toBe('day-event@url-https-example-org-talks-json.parley');
    expect(props.get('SUMMARY')).toBe('=HYPERLINK("http://evil.example/?q=1"\\,"click me")');
    expect(props.get('LOCATION')).toBe('Kremlin\\, Moscow\\, Russia');
    expect(props.get('GEO')).toBe('55.75;37.61');
    expect(props.get('URL')).toBe('https://parley.example/?event=day-event');
    expect(props.get('CATEGORIES')).toBe('Envoy meeting');
    const description = props.get('DESCRIPTION') ?? '';
    expect(description).toContain(
      'Line one\\nLine two\\; with\\, commas and a \\\\ backslash.\\n"Quoted" end.',
    );
    expect(description).toContain('Status: Confirmed');
    expect(description).toContain(
      'Sources:\\n- Reuters: Witkoff meets Putin\\; talks "constructive"\\, Kremlin says (2025-08-06) https://www.reuters.com/world/witkoff-putin-2025-08-06/',
    );
    expect(description).toContain('Your note (starred): Ask\\; check\\, "twice"');
  });

  it('writes coordinates as plain decimals, never in exponent notation', () => {
    const data = hostile();
    data.events[0]!.location = { lat: 0.0000001, lon: -12.5 };
    const file = exportIcs({ chronology: data, events: data.events, now: NOW });
    expect(vevent(file.text, 'day-event').get('GEO')).toBe('0;-12.5');
  });

  it('leaves out a link that is not http(s)', () => {
    const props = vevent(hostileIcs({ linkTo: () => 'javascript:alert(1)' }).text, 'day-event');
    expect(props.has('URL')).toBe(false);
  });

  it('keeps every physical line within 75 octets even for very long non-ASCII titles', () => {
    const { text } = hostileIcs();
    for (const line of text.split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(vevent(text, 'long-event').get('SUMMARY')).toBe(hostile().events[5]?.title);
  });
});

describe('events before the common era in a calendar', () => {
  it('are left out, counted in a warning, and the rest keep their dates', () => {
    const data = curated();
    const ancient = {
      ...data.events[0]!,
      id: 'ides',
      title: 'Ides of March',
      start: '-0044-03-15',
    };
    delete (ancient as { end?: string }).end;
    const file = exportIcs({ chronology: data, events: [ancient, data.events[1]!], now: NOW });
    expect(file.text).not.toContain('Ides of March');
    expect(file.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(file.warnings).toEqual([
      '1 event is before the common era and left out: calendars hold the years 1 to 9999.',
    ]);
  });
});
