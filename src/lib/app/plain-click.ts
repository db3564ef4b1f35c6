/**
 * Whether a click on a link is the page's to follow (open an event, apply a filter): a plain
 * left click. A middle or modified click keeps the browser's way — a new tab or window, a
 * download — so every such link still works as a link.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
