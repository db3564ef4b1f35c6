/**
 * Where a `?data=` link points, checked before anything is fetched. Its own module so the embed
 * can use it without the app's loader, which brings IndexedDB with it.
 */
import { LoadError } from './fetch-text';

/** `?data=` may be relative to the page; only http(s) is accepted. */
export function resolveDataUrl(raw: string, base: string): string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new LoadError(`The data link ${JSON.stringify(raw.slice(0, 200))} is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new LoadError(`The data link must start with http:// or https:// (got ${url.protocol}).`);
  }
  return url.href;
}
