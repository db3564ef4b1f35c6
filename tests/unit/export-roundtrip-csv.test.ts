// Export then import gives the same events: the CSV Parley writes is read back by Parley's own
// importer with every field the CSV format carries unchanged.
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/lib/export';
import {
  eventSources,
  participantName,
  peopleById,
  sourcesById,
} from '../../src/lib/export/selection';
import { curated, hostile, NOW } from '../../src/lib/export/test-data';
import { previewImport } from '../../src/lib/import';
import type { Chronology } from '../../src/lib/model/types';

/** The fields the CSV format carries, with people and sources resolved, absent ones left out. */
function csvFields(chronology: Chronology) {
  const people = peopleById(chronology);
  const registry = sourcesById(chronology);
  return chronology.events.map((event) => {
    const place = event.location ?? {};
    return withoutEmpty({
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      kind: event.kind,
      track: event.track,
      status: event.status,
      tags: event.tags ?? [],
      participants: (event.participants ?? []).map((p) => participantName(p, people)),
      city: place.city,
      region: place.region,
      country: place.country,
      venue: place.venue,
      lat: place.lat,
      lon: place.lon,
      timeZone: event.timeZone,
      summary: event.summary,
      sources: eventSources(event, registry).map((s) =>
        withoutEmpty({
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          published: s.published,
        }),
      ),
    });
  });
}

function withoutEmpty<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}

function roundTrip(chronology: Chronology): Chronology {
  const file = exportCsv({ chronology, events: chronology.events, now: NOW });
  const preview = previewImport(file.fileName, file.text);
  expect(preview.problems).toEqual([]);
  expect(preview.chronology).toBeDefined();
  return preview.chronology!;
}

describe('CSV export, then import', () => {
  it('gives back the curated events on every field the CSV carries', () => {
    const data = curated();
    expect(csvFields(roundTrip(data))).toEqual(csvFields(data));
  });

  it('keeps quotes, commas, line breaks, backslashes, non-ASCII text, inline sources and formula-like text', () => {
    // The exporter guards "=HYPERLINK(…)" and "-negative…" with a leading quote; the importer
    // takes it off again.
    const data = hostile();
    expect(csvFields(roundTrip(data))).toEqual(csvFields(data));
  });
});
