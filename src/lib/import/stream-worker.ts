/**
 * A big conflict-event export imported in a worker, streamed from the file into IndexedDB: the
 * file is read a few MB at a time (FileReaderSync: a worker may wait for the disk, the page
 * never does), decoded, converted, checked and stored a thousand events to a record, with the
 * band's columns beside them at the end.
 *
 * All of it happens inside one IndexedDB transaction, kept open by handing it the next write
 * as the last one finishes, so the import is all or nothing: a problem found in row 900,000, a
 * full disk, Cancel (the page ends this worker, which aborts the transaction) or a closed tab
 * leave nothing stored. Only the dataset's record, written last, makes it appear.
 */
import { ConflictStreamImport, type StreamOutcome } from '../conflict/stream-import';
import type { DayMonthOrder } from '../conflict/dates';
import { describeStorageError } from '../app/load';
import { CHUNK_SIZE, createDb, type StoredChunk, type StoredDataset } from '../db/db';
import { FILE_ID_PREFIX } from '../db/datasets';
import { eventHash } from './event-hash';

/** Workers have it; the project's types are the page's (DOM), which does not. */
declare const FileReaderSync: new () => { readAsArrayBuffer(blob: Blob): ArrayBuffer };

/** Bytes read at a time. */
const PIECE = 4 * 1024 * 1024;

export interface StreamRequest {
  file: File;
  order?: DayMonthOrder;
  /**
   * A stored dataset to update in place from this newer export: same id and name (so notes and
   * stars stay), its events replaced in the same transaction, what changed counted by the
   * source's own ids.
   */
  replace?: string;
}

/** What an update in place changed, by event id. */
export interface StreamChanges {
  added: number;
  changed: number;
  removed: number;
}

export type StreamMessage =
  | {
      type: 'progress';
      bytes: number;
      total: number;
      rows: number;
      events: number;
      elapsedMs: number;
    }
  /** The id the dataset is stored under, once its transaction has begun. */
  | { type: 'started'; id: string; at: string }
  /** After the first thousand events: what the file is, and its first events. */
  | { type: 'first'; outcome: Pick<StreamOutcome, 'format' | 'sample' | 'title'> }
  | {
      type: 'done';
      id?: string;
      outcome: StreamOutcome;
      encodingWarning?: string;
      /** Set when a stored dataset was updated in place. */
      changes?: StreamChanges;
    }
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StreamRequest>) => void) | null;
  postMessage: (message: StreamMessage) => void;
};

/** Thrown to roll the transaction back: the import found problems or must ask something. */
class RollBack extends Error {
  constructor(readonly outcome: StreamOutcome) {
    super('rolled back');
  }
}

/** The file is not UTF-8: read it again as Windows-1252. */
class NotUtf8 extends Error {}

scope.onmessage = (event) => {
  void importFile(event.data);
};

async function importFile({ file, order, replace }: StreamRequest): Promise<void> {
  try {
    try {
      await attempt(file, 'utf-8', order, replace);
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      await attempt(file, 'windows-1252', order, replace);
    }
  } catch (error) {
    if (error instanceof RollBack) return;
    scope.postMessage({
      type: 'failed',
      message: `"${file.name}" was not imported: ${describeStorageError(error)}. Nothing was stored; your other datasets are unchanged.`,
    });
  }
}

async function attempt(
  file: File,
  encoding: 'utf-8' | 'windows-1252',
  order?: DayMonthOrder,
  replace?: string,
) {
  const db = createDb();
  const id = replace ?? `${FILE_ID_PREFIX}${crypto.randomUUID()}`;
  /** Updating: the stored events' fingerprints by id, each removed as the new file has it. */
  const before = new Map<string, number>();
  const changes: StreamChanges = { added: 0, changed: 0, removed: 0 };
  let title: string | undefined;
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const reader = new FileReaderSync();
  const started = performance.now();
  const waiting: StoredChunk[] = [];
  const importer = new ConflictStreamImport({
    fileName: file.name,
    chunkSize: CHUNK_SIZE,
    ...(order ? { order } : {}),
    onChunk: (events, chunk) => {
      if (replace)
        for (const event of events) {
          const old = before.get(event.id);
          if (old === undefined) changes.added++;
          else {
            if (old !== eventHash(event)) changes.changed++;
            before.delete(event.id);
          }
        }
      waiting.push({ datasetId: id, chunk, events });
    },
  });
  const encodingWarning =
    encoding === 'utf-8'
      ? undefined
      : `"${file.name}" is not UTF-8: it was read as Windows-1252 (as Excel on Windows saves CSV). If letters look wrong, save it as "CSV UTF-8" and import it again.`;
  let told = false;
  try {
    const stored = await db.transaction(
      'rw',
      [db.datasets, db.eventChunks, db.besideColumns],
      async () => {
        scope.postMessage({ type: 'started', id, at: new Date().toISOString() });
        if (replace) {
          // In the same transaction as the new events: a failure anywhere leaves the old ones.
          const existing = await db.datasets.get(replace);
          if (!existing) throw new Error('the dataset to update is no longer stored here');
          title = existing.title;
          await db.eventChunks
            .where('datasetId')
            .equals(replace)
            .each((chunk) => {
              for (const event of chunk.events) before.set(event.id, eventHash(event));
            });
          await db.eventChunks.where('datasetId').equals(replace).delete();
          await db.besideColumns.delete(replace);
        }
        let offset = 0;
        while (offset < file.size && !importer.finished) {
          const piece = reader.readAsArrayBuffer(file.slice(offset, offset + PIECE));
          // A file that shrank while read gives no bytes: stop, rather than ask again for ever.
          if (piece.byteLength === 0) throw new Error('the file changed while it was read');
          offset += piece.byteLength;
          let text: string;
          try {
            text = decoder.decode(new Uint8Array(piece), { stream: offset < file.size });
          } catch {
            throw new NotUtf8();
          }
          importer.push(text);
          // One record per request: each write finishing hands the transaction the next.
          for (const chunk of waiting.splice(0)) await db.eventChunks.add(chunk);
          if (!told && importer.firstEvents.length > 0) {
            told = true;
            const outcome = {
              format: importer.format,
              sample: [...importer.firstEvents],
              title: file.name,
            };
            scope.postMessage({ type: 'first', outcome });
          }
          scope.postMessage({
            type: 'progress',
            bytes: offset,
            total: file.size,
            rows: importer.rows,
            events: importer.events,
            elapsedMs: performance.now() - started,
          });
        }
        if (offset >= file.size && !importer.finished) {
          try {
            importer.push(decoder.decode());
          } catch {
            throw new NotUtf8();
          }
        }
        const outcome = importer.end();
        for (const chunk of waiting.splice(0)) await db.eventChunks.add(chunk);
        if (!outcome.columns || outcome.stop || outcome.problemCount > 0) {
          scope.postMessage({
            type: 'done',
            outcome,
            ...(encodingWarning ? { encodingWarning } : {}),
          });
          throw new RollBack(outcome);
        }
        const { columns, ...rest } = outcome;
        await db.besideColumns.add({ datasetId: id, ...columns });
        const name = title ?? outcome.title;
        const record: StoredDataset = {
          id,
          origin: 'file',
          fileName: file.name,
          importedFormat: outcome.format ?? 'unknown',
          bytes: file.size,
          title: name,
          storedAt: new Date().toISOString(),
          eventCount: outcome.summary.events,
          header: { title: name, description: outcome.description },
        };
        await db.datasets.put(record);
        changes.removed = before.size;
        return { ...rest, title: name };
      },
    );
    // Told only once the transaction has committed: until then nothing is stored.
    scope.postMessage({
      type: 'done',
      id,
      outcome: stored,
      ...(encodingWarning ? { encodingWarning } : {}),
      ...(replace ? { changes } : {}),
    });
  } finally {
    db.close();
  }
}
