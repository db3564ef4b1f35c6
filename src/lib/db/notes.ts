/**
 * Reads and writes of the reader's notes and stars: the only module that touches the notes
 * table. Notes are keyed by dataset and event id, not stored with the events, so replacing a
 * dataset with a newer version (saveDataset) leaves them alone, including notes on events the
 * new version no longer has.
 */
import { isBlank, type EventNote, type NoteContent } from '../notes/note';
import type { ParleyDb } from './db';

/** Every note on `datasetId`'s events, in event-id order. */
export async function getNotes(db: ParleyDb, datasetId: string): Promise<EventNote[]> {
  return db.transaction('r', db.notes, async () => {
    const rows = await db.notes.where('datasetId').equals(datasetId).sortBy('eventId');
    return rows.map(({ eventId, text, starred }) => ({ eventId, text, starred }));
  });
}

/** Store one event's note; a blank one (no words, no star) deletes the row instead. */
export async function saveNote(
  db: ParleyDb,
  datasetId: string,
  eventId: string,
  note: NoteContent,
): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    if (isBlank(note)) {
      await db.notes.delete([datasetId, eventId]);
      return;
    }
    await db.notes.put({
      datasetId,
      eventId,
      text: note.text,
      starred: note.starred,
      updatedAt: new Date().toISOString(),
    });
  });
}
