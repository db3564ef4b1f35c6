import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadChronology } from './download-chronology';
import { CONVERT_UP_TO_BYTES } from './other-format';
import { conversionNotes, LoadError } from './fetch-text';

const fixture = (path: string) =>
  readFileSync(new URL(`../../../tests/fixtures/import/${path}`, import.meta.url), 'utf8');

/** A server that sends `text` in 4 KB chunks, as `?data=` downloads it. */
function serve(text: string): typeof fetch {
  const bytes = new TextEncoder().encode(text);
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 4096)
            controller.enqueue(bytes.slice(at, at + 4096));
          controller.close();
        },
      }),
      { status: 200 },
    );
}

const linked = (url: string, text: string) =>
  downloadChronology(url, url, { fetchImpl: serve(text) });

async function failure(run: () => Promise<unknown>): Promise<LoadError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

describe('a ?data= file in another format Parley imports', () => {
  it('comes over whole from a TimelineJS timeline, as Import… converts it, saying so', async () => {
    // TimelineJS's own example: 41 slides, 37 of them without a unique_id.
    const chronology = await linked(
      'https://example.org/timelines/all-media-types.json',
      fixture('timelinejs-examples/all-media-types.json'),
    );
    expect(chronology.events).toHaveLength(41);
    expect(chronology.title).toBeTruthy();
    expect(chronology.stories?.length).toBe(1);
    const notes = conversionNotes.get(chronology) ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Converted from a TimelineJS JSON file, as Import… converts it\. /);
    // What the conversion did is said, as the import preview says it.
    expect(notes[0]).toMatch(/became a story of 42 steps/);
  });

  it('reads a vis-timeline item list, and names a file without a title after itself', async () => {
    const chronology = await linked(
      'https://example.org/data/items.json?v=2',
      JSON.stringify([
        { id: 1, content: 'Geneva talks', start: '2025-11-23' },
        { id: 2, content: 'Abu Dhabi', start: '2025-11-25' },
      ]),
    );
    expect(chronology.title).toBe('items');
    expect(chronology.events.map((e) => e.title)).toEqual(['Geneva talks', 'Abu Dhabi']);
  });

  it('reads the TimelineJS sheet saved as CSV', async () => {
    const chronology = await linked(
      'https://example.org/sheet.csv',
      fixture('timelinejs-examples/women_in_computing.csv'),
    );
    expect(chronology.events).toHaveLength(10);
  });

  it('names the format and its problems when it cannot be converted', async () => {
    const broken = JSON.stringify({
      events: [
        { start_date: { year: 2025, month: 2, day: 30 }, text: { headline: 'No such day' } },
      ],
    });
    const error = await failure(() => linked('https://example.org/t.json', broken));
    expect(error.message).toBe(
      'https://example.org/t.json is a TimelineJS JSON file, but it cannot be converted: 1 problem found. Nothing was saved.',
    );
    expect(error.problems[0]).toMatch(/^events\[0\]\.start_date/);
  });

  it('sends a CSV whose columns it cannot guess to Import…, where the reader maps them', async () => {
    const error = await failure(() =>
      linked('https://example.org/sheet.csv', 'when,what\n2025-02-11,Riyadh\n'),
    );
    expect(error.message).toContain('is a CSV whose columns Parley does not know');
  });

  it('keeps the Parley reasons for a Parley file, and for what is no format at all', async () => {
    const parley = JSON.stringify({ events: [{ id: 'a', title: 'A', start: '2025-02-30' }] });
    const error = await failure(() => linked('https://example.org/p.json', parley));
    expect(error.message).toContain('is not a Parley chronology (format v1)');
    const other = await failure(() => linked('https://example.org/x.json', '{"hello": 1}'));
    expect(other.message).toContain('is not a Parley chronology (format v1)');
  });

  it('calls a web page a web page, and plain text no CSV', async () => {
    const page = await failure(() =>
      linked('https://example.org/data', '<!DOCTYPE html>\n<html><body>Sign in</body></html>'),
    );
    expect(page.message).toContain('It looks like a web page, not a JSON file.');
    const notFound = await failure(() =>
      linked('https://example.org/data', 'Not Found\nThe file was moved.'),
    );
    expect(notFound.message).toContain('is not valid JSON');
  });

  it('sends a file too big to convert in the page to Import…, which reads it in the background', async () => {
    const rows = ['date,event_type,fatalities,event_id_cnty,event_date'];
    const row = '2023-02-16,Battles,3,UKR1,2023-02-16';
    const count = Math.ceil(CONVERT_UP_TO_BYTES / row.length) + 10;
    for (let i = 0; i < count; i++) rows.push(row.replace('UKR1', `UKR${i}`));
    const error = await failure(() => linked('https://example.org/acled.csv', rows.join('\n')));
    expect(error.message).toContain('is an ACLED export (CSV) file of 9.2 MB:');
    expect(error.message).toContain(
      'Parley converts a linked file of up to 8.0 MB in the page. Download it and open it with Import…',
    );
  });

  it('names an API answer without a file name after its host', async () => {
    const chronology = await linked(
      'https://ucdpapi.pcr.uu.se/api/gedevents/24.1?pagesize=1',
      fixture('conflict/ucdp-ged-api.json'),
    );
    expect(chronology.title).toBe('ucdpapi.pcr.uu.se · api · gedevents · 24');
  });
});
