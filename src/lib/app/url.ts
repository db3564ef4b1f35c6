/**
 * What the page URL says. Version 1 knows two parameters:
 *   ?event=<id>  open one event's detail;
 *   ?data=<url>  load a chronology (format v1) from a URL instead of the curated one.
 * Pure: works on URLSearchParams, so it is tested without a browser.
 */

export interface PageParams {
  event?: string;
  data?: string;
}

export function readParams(search: string | URLSearchParams): PageParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const event = params.get('event') ?? undefined;
  const data = params.get('data') ?? undefined;
  return {
    ...(event ? { event } : {}),
    ...(data ? { data } : {}),
  };
}

/** The query string for `params`, keeping parameters this version does not know. */
export function writeParams(current: string, params: PageParams): string {
  const next = new URLSearchParams(current);
  for (const key of ['event', 'data'] as const) {
    const value = params[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}
