/**
 * The filters and the eras sit open beside the chart on wide screens; on a phone or a small
 * tablet they fold above it and open as a sheet over the page (app-page.css). One breakpoint
 * for both, read when the page opens and followed after: a window narrowed past it (a tablet
 * turned upright) used to leave them open, now a sheet covering the page with its backdrop.
 */
export const SHEET_QUERY = '(max-width: 900px)';

/** Whether the side panels are sheets at the window's width now. */
export function isSheetWidth(): boolean {
  return typeof window !== 'undefined' && window.matchMedia(SHEET_QUERY).matches;
}

/**
 * Calls `onchange` with whether a side panel should be open (beside the chart) each time the
 * window crosses the breakpoint; returns the function that stops following it. When the
 * panel folds with the focus inside it, the focus goes to its `summary`, as when the reader
 * closes the sheet: it is not left on a control that is no longer shown.
 */
export function followSheetWidth(
  onchange: (besideChart: boolean) => void,
  summary: () => HTMLElement | undefined,
): () => void {
  const query = window.matchMedia(SHEET_QUERY);
  const follow = () => {
    const folding = query.matches;
    const toggle = summary();
    const panel = toggle?.parentElement;
    if (
      folding &&
      toggle &&
      panel?.contains(document.activeElement) &&
      document.activeElement !== toggle
    )
      toggle.focus();
    onchange(!folding);
  };
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}
