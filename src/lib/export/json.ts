/**
 * The selection as a Parley chronology v1: the header and eras kept, the `people` and `sources`
 * registries trimmed to what the selected events and the eras cite (so the file still validates
 * and stays small), events unchanged with their unknown fields, plus the reader's note as `userNote`.
 * A story is kept when every event it points at is in the selection; one that would lose a step
 * is left out, and the warnings say so (a story with a hole in it would tell something else).
 */
import { FORMAT_ID, type Chronology, type ChronologyEvent } from '../model/types';
import { MAX_STRING_LENGTH } from '../model/validate';
import {
  citedSourceIds,
  exportFileName,
  notesByEvent,
  participantRef,
  type ExportFile,
  type ExportSelection,
} from './selection';

/** Same test as the validator's: a note with a tag opening would make the file refused on import. */
const MARKUP_PATTERN = /<\s*[a-zA-Z!/?]/;

export function exportJson(selection: ExportSelection): ExportFile {
  const { chronology, events } = selection;
  const notes = notesByEvent(selection);
  const warnings: string[] = [];
  if (events.length === 0) {
    warnings.push('No events are selected: a Parley chronology needs at least one event.');
  }

  const personIds = new Set<string>();
  const sourceIds = new Set<string>();
  const outEvents: ChronologyEvent[] = events.map((event) => {
    for (const participant of event.participants ?? []) personIds.add(participantRef(participant));
    for (const id of citedSourceIds(event)) sourceIds.add(id);
    const note = notes.get(event.id);
    if (!note) return event;
    const problem = noteProblem(note.text);
    if (problem) warnings.push(`Your note on "${event.id}" ${problem}`);
    // A note replaces any `userNote` the dataset itself carried for this event.
    return { ...event, userNote: { text: note.text, starred: note.starred } };
  });

  // Eras are kept whole (they are the selection's context), so the sources they cite stay too.
  for (const era of chronology.eras ?? []) for (const id of era.sources ?? []) sourceIds.add(id);

  // Unknown header fields are kept; the registries are replaced by their trimmed copies.
  const exported = new Set(events.map((event) => event.id));
  const stories = (chronology.stories ?? []).filter((story) =>
    story.steps.every((step) => step.event === undefined || exported.has(step.event)),
  );
  const left = (chronology.stories ?? []).filter((story) => !stories.includes(story));
  if (left.length)
    warnings.push(
      `Left out ${left.length === 1 ? 'the story' : 'the stories'} ${left.map((s) => `"${s.title}"`).join(', ')}: ${left.length === 1 ? 'it tells' : 'they tell'} of events that are not in this selection.`,
    );

  const { events: _events, people, sources, stories: _stories, ...header } = chronology;
  const out: Chronology = {
    format: FORMAT_ID,
    ...header,
    ...(stories.length ? { stories } : {}),
    ...(people && { people: people.filter((person) => personIds.has(person.id)) }),
    ...(sources && { sources: sources.filter((s) => s.id !== undefined && sourceIds.has(s.id)) }),
    events: outEvents,
  };

  return {
    fileName: exportFileName(chronology, selection.now, 'json'),
    mimeType: 'application/json',
    text: JSON.stringify(out, null, 2) + '\n',
    warnings,
  };
}

function noteProblem(text: string): string | undefined {
  if (text.length > MAX_STRING_LENGTH) {
    return `is longer than ${MAX_STRING_LENGTH.toLocaleString('en')} characters, so Parley will refuse this file on import.`;
  }
  const match = MARKUP_PATTERN.exec(text);
  if (match) {
    const snippet = text.slice(match.index, match.index + 12);
    return `contains markup ("${snippet}"), so Parley will refuse this file on import until it is removed.`;
  }
  return undefined;
}
