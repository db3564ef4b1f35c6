/**
 * The import preview, off the page's thread: a long conflict-event file takes seconds to read
 * and check, and the page must stay responsive, show progress and be able to cancel (by ending
 * this worker: nothing is stored until the reader confirms the preview).
 */
import type { DayMonthOrder } from '../conflict/dates';
import type { ColumnMapping } from '../conflict/mapped';
import { previewImport } from './index';
import { decodeAs, decodeText, encodingOf, type TextEncodingName } from './read-file';
import type { ImportPreview } from './types';

export interface PreviewRequest {
  name: string;
  bytes: ArrayBuffer;
  order?: DayMonthOrder;
  mapping?: ColumnMapping;
  /** The reader's choice of encoding over the one detected. */
  encoding?: TextEncodingName;
}

export type PreviewMessage =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      preview: ImportPreview;
      text: string;
      warning?: string;
      /** How the bytes were read (encodingOf); null when they are all ASCII. */
      encoding: TextEncodingName | null;
    };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage: (message: PreviewMessage) => void;
};

scope.onmessage = (event) => {
  const { name, bytes, order, mapping, encoding } = event.data;
  const read = encoding ? decodeAs(bytes, name, encoding) : decodeText(bytes, name);
  const { text, warning } = read;
  const preview = previewImport(name, text, {
    order,
    mapping,
    onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
  });
  scope.postMessage({
    type: 'done',
    preview,
    text,
    warning,
    encoding: encoding ?? encodingOf(read),
  });
};
