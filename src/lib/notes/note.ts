/**
 * A reader's own note and star on one event. Pure: what counts as an empty note, the line the
 * list shows, and the plain list exports take.
 */

export interface NoteContent {
  text: string;
  starred: boolean;
}

/** One event's note as exports receive it. */
export interface EventNote extends NoteContent {
  eventId: string;
}

/** A note with no words and no star is no note: it is deleted rather than stored. */
export function isBlank(note: NoteContent): boolean {
  return !note.starred && note.text.trim() === '';
}

/** The note's first non-empty line, shortened to `max` characters with "…". */
export function firstLine(text: string, max = 120): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (!line) return '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** The notes as a list ordered by event id, so an export is the same every time. */
export function noteList(notes: ReadonlyMap<string, NoteContent>): EventNote[] {
  return [...notes]
    .filter(([, note]) => !isBlank(note))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([eventId, { text, starred }]) => ({ eventId, text, starred }));
}

/** The ids of starred events. */
export function starredIds(notes: ReadonlyMap<string, NoteContent>): Set<string> {
  const ids = new Set<string>();
  for (const [id, note] of notes) if (note.starred) ids.add(id);
  return ids;
}

/** `notes` with `eventId`'s note replaced (or removed, when blank). A new map: callers hold
 * notes as immutable values so that what derives from them follows. */
export function withNote(
  notes: ReadonlyMap<string, NoteContent>,
  eventId: string,
  note: NoteContent,
): Map<string, NoteContent> {
  const next = new Map(notes);
  if (isBlank(note)) next.delete(eventId);
  else next.set(eventId, { text: note.text, starred: note.starred });
  return next;
}

/**
 * The stored notes, except for the events changed on the page while they were loading: the
 * reader's later change wins, a removal included.
 */
export function mergeNotes(
  stored: readonly EventNote[],
  onPage: ReadonlyMap<string, NoteContent>,
  changed: Iterable<string>,
): Map<string, NoteContent> {
  const merged = new Map<string, NoteContent>();
  for (const { eventId, text, starred } of stored) merged.set(eventId, { text, starred });
  for (const id of changed) {
    const mine = onPage.get(id);
    if (mine) merged.set(id, mine);
    else merged.delete(id);
  }
  return merged;
}
