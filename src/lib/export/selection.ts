/**
 * What every exporter takes: the selection the reader sees, and the helpers they share to read
 * it (people and sources resolved, notes by event, file names). Pure: no DOM, no clock.
 */
import type {
  ChronologyEvent,
  ChronologyHeader,
  Participant,
  Person,
  Source,
} from '../model/types';

/** A reader's own note and star on one event (stored by the notes module, not in the dataset). */
export interface UserNote {
  eventId: string;
  text: string;
  starred: boolean;
}

export interface ExportSelection {
  /** The dataset: its header and its `people` and `sources` registries. Its events are ignored. */
  chronology: ChronologyHeader;
  /** The selected events, in the order the file should list them. */
  events: readonly ChronologyEvent[];
  /** Notes for any events; those of unselected events are ignored. */
  notes?: readonly UserNote[];
  /** The moment of export: names the file and stamps the calendar. Never read from the clock. */
  now: Date;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
  /** What the file could not carry exactly, in words a reader can act on. Empty when nothing. */
  warnings: string[];
}

/** "US–Russia–Ukraine peace talks, 2025–2026" → "us-russia-ukraine-peace-talks-2025-2026". */
export function slugify(text: string, fallback = 'chronology'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The UTC calendar day of `date`, YYYY-MM-DD: the same on every machine, whatever its zone. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `parley-<title slug>[-<part>]-<UTC day>.<ext>`. */
export function exportFileName(
  chronology: ChronologyHeader,
  now: Date,
  extension: string,
  part?: string,
): string {
  const slug = slugify(chronology.title ?? '');
  return `parley-${slug}${part ? '-' + part : ''}-${utcDay(now)}.${extension}`;
}

export function notesByEvent(selection: Pick<ExportSelection, 'notes'>): Map<string, UserNote> {
  return new Map((selection.notes ?? []).map((note) => [note.eventId, note]));
}

export function peopleById(chronology: ChronologyHeader): Map<string, Person> {
  return new Map((chronology.people ?? []).map((person) => [person.id, person]));
}

export function sourcesById(chronology: ChronologyHeader): Map<string, Source> {
  const map = new Map<string, Source>();
  for (const source of chronology.sources ?? []) if (source.id) map.set(source.id, source);
  return map;
}

/** The person id or plain name a participant entry gives. */
export function participantRef(participant: string | Participant): string {
  return typeof participant === 'string' ? participant : participant.person;
}

/** A participant as a reader knows them: the registry's name for an id, else the plain name. */
export function participantName(
  participant: string | Participant,
  people: Map<string, Person>,
): string {
  const ref = participantRef(participant);
  return people.get(ref)?.name ?? ref;
}

/** An event's own sources, registry ids resolved; ids not in the registry are skipped. */
export function eventSources(event: ChronologyEvent, registry: Map<string, Source>): Source[] {
  const out: Source[] = [];
  for (const item of event.sources ?? []) {
    const source = typeof item === 'string' ? registry.get(item) : item;
    if (source) out.push(source);
  }
  return out;
}

/**
 * Every registry source id the event cites anywhere: its own sources, and those of its
 * participants, figures and notes. In order of first mention.
 */
export function citedSourceIds(event: ChronologyEvent): string[] {
  const ids = new Set<string>();
  for (const item of event.sources ?? []) if (typeof item === 'string') ids.add(item);
  const nested = [
    ...(event.participants ?? []).map((p) => (typeof p === 'string' ? undefined : p.sources)),
    ...(event.figures ?? []).map((f) => f.sources),
    ...(event.notes ?? []).map((n) => n.sources),
  ];
  for (const list of nested) for (const id of list ?? []) ids.add(id);
  return [...ids];
}
