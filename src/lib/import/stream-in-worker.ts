/**
 * The page's side of a streamed import (./stream-worker.ts): which files take that road, and a
 * job that reports progress and ends the worker on Cancel — which aborts its one transaction,
 * so nothing is stored.
 */
import { conflictLayout } from '../conflict/layouts';
import type { ImportFormat } from './types';
import { delimiterOf } from './csv-table';
import { CsvStream } from './csv-stream';
import type { DayMonthOrder } from '../conflict/dates';
import type { StreamMessage, StreamRequest } from './stream-worker';
import { Cancelled } from './preview-in-worker';

/**
 * Conflict exports from this size up are streamed into storage as they are read, with Cancel,
 * instead of previewed whole first: holding tens of MB as one string, and a hundred thousand
 * events as objects, is what the streaming avoids.
 */
export const STREAM_FROM_BYTES = 8 * 1024 * 1024;

/** The format of a file whose first bytes are a UCDP GED or ACLED header (it can be streamed). */
export async function streamableFormat(
  file: Pick<File, 'size' | 'slice' | 'name'>,
): Promise<ImportFormat | undefined> {
  if (file.size < STREAM_FROM_BYTES || !/\.(csv|txt)$/i.test(file.name)) return undefined;
  const start = await file.slice(0, 64 * 1024).text();
  let header: string[] | undefined;
  const reader = new CsvStream(delimiterOf(start), (cells) => {
    if (!header && cells.some((cell) => cell.trim() !== '')) header = cells.map((c) => c.trim());
  });
  reader.push(start.replace(/^\uFEFF/, ''));
  reader.end();
  const layout = header && conflictLayout(header);
  return layout ? (layout === 'ucdp-ged' ? 'ucdp-ged-csv' : 'acled-csv') : undefined;
}

export type StreamProgress = Extract<StreamMessage, { type: 'progress' }>;
export type StreamFirst = Extract<StreamMessage, { type: 'first' }>['outcome'];
export type StreamDone = Extract<StreamMessage, { type: 'done' }>;

export interface StreamJob {
  result: Promise<StreamDone>;
  cancel(): void;
}

export function streamInWorker(
  file: File,
  order: DayMonthOrder | undefined,
  on: {
    progress(p: StreamProgress): void;
    first(f: StreamFirst): void;
    /** The transaction began: the dataset's id, and when (to tell a Cancel that came too late). */
    started?(id: string, at: string): void;
  },
  replace?: string,
): StreamJob {
  const worker = new Worker(new URL('./stream-worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => {};
  const result = new Promise<StreamDone>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new Cancelled('Cancelled: nothing was imported.'));
    };
    worker.onmessage = (event: MessageEvent<StreamMessage>) => {
      const message = event.data;
      if (message.type === 'progress') on.progress(message);
      else if (message.type === 'first') on.first(message.outcome);
      else if (message.type === 'started') on.started?.(message.id, message.at);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the file could not be read in the background'));
    };
    worker.postMessage({
      file,
      ...(order ? { order } : {}),
      ...(replace ? { replace } : {}),
    } satisfies StreamRequest);
  });
  return { result, cancel: () => cancel() };
}

/** "about 2 min left", from how far the reading is and how long it took. */
export function timeLeft(p: Pick<StreamProgress, 'bytes' | 'total' | 'elapsedMs'>): string {
  if (p.bytes <= 0 || p.elapsedMs < 1000) return '';
  const seconds = ((p.total - p.bytes) / p.bytes) * (p.elapsedMs / 1000);
  if (seconds < 1) return 'almost done';
  if (seconds < 90) return `about ${Math.max(1, Math.round(seconds / 5) * 5)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
