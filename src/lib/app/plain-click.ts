/**
 * Whether a click on a link is the page's to follow (open an event, apply a filter): a plain
 * left click. A middle or modified click keeps the browser's way — a new tab or window, a
 * download — so every such link still works as a link.
 */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

/**
 * Takes a plain click for the page (the browser does not follow the link) and says so; any
 * other click is left to the browser. Every link that the page follows itself starts with it.
 */
export function takePlainClick(event: MouseEvent): boolean {
  if (!isPlainClick(event)) return false;
  event.preventDefault();
  return true;
}
