/**
 * Runs the import preview in a worker (./preview-worker.ts), with progress, and a way to cancel
 * that ends the worker at once. Used for files large enough for the page to notice.
 */
import type { ImportOptions } from './index';
import type { TextEncodingName } from './read-file';
import type { PreviewMessage, PreviewRequest } from './preview-worker';

/** Files from this size up are read in the worker. */
export const WORKER_FROM_BYTES = 1024 * 1024;

export class Cancelled extends Error {}

type PreviewDone = Extract<PreviewMessage, { type: 'done' }>;

export interface PreviewJob {
  result: Promise<PreviewDone>;
  cancel(): void;
}

export function previewInWorker(
  name: string,
  bytes: ArrayBuffer,
  options: Pick<ImportOptions, 'order' | 'mapping'> & { encoding?: TextEncodingName },
  onProgress: (done: number, total: number) => void,
): PreviewJob {
  const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => {};
  const result = new Promise<PreviewDone>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new Cancelled('Cancelled: nothing was imported.'));
    };
    worker.onmessage = (event: MessageEvent<PreviewMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else {
        worker.terminate();
        resolve(message);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the file could not be read in the background'));
    };
    // A copy goes to the worker: the dialog keeps the bytes to read again with another order.
    worker.postMessage({ name, bytes: bytes.slice(0), ...options } satisfies PreviewRequest);
  });
  return { result, cancel: () => cancel() };
}
