/**
 * Auto-height: the embed tells its host page how tall its content is, each time that changes,
 * so the host can size the <iframe> to fit (README "Embed", the host script). The message
 * carries only a number and the frame's name, so it may go to any origin.
 */
import { heightMessage, type HeightMessage } from './options';

/** Posts the height when it differs from the last one posted: resizes come in bursts. */
export function heightReporter(
  measure: () => number,
  post: (message: HeightMessage) => void,
  frame?: string,
): () => void {
  let last = -1;
  return () => {
    const message = heightMessage(measure(), frame);
    if (message.height === last) return;
    last = message.height;
    post(message);
  };
}

/**
 * Watch the document's content and post its height to the parent page. The html element's
 * own box is measured, not the viewport: a frame taller than its content must be able to shrink.
 */
export function watchHeight(doc: Document, parent: Window, frame?: string): () => void {
  const root = doc.documentElement;
  const report = heightReporter(
    () => root.getBoundingClientRect().height,
    (message) => parent.postMessage(message, '*'),
    frame,
  );
  const observer = new ResizeObserver(report);
  observer.observe(root);
  report();
  return () => observer.disconnect();
}
