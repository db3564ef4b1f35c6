/**
 * A `?data=` dataset downloaded, parsed and validated from the moment the page opens, while the
 * app's own code is still on its way (src/early.ts starts it; that small script runs before the
 * app's entry has loaded). The main thread mostly waits for that code then: a big file is
 * parsed in that time instead of after it. The app takes the result with `takeEarlyDownload`
 * when it asks for the same dataset; any other request downloads as usual.
 */
import type { Chronology } from '../model/types';
import { resolveDataUrl } from './data-url';
import { downloadChronology } from './download-chronology';

interface EarlyDownload {
  readonly url: string;
  readonly chronology: Promise<Chronology>;
}

let early: EarlyDownload | undefined;
/** Started once per page: after the app has taken it, nothing starts it again. */
let started = false;

/**
 * Starts downloading the dataset `?data=` names, if any, as the app would: the same URL, the
 * same checks, messages that name the URL. Nothing is reported here; a failure is the app's to
 * show when it takes the download.
 */
export function startEarlyDownload(location: Pick<Location, 'search' | 'href'>): void {
  if (started) return;
  started = true;
  const data = new URLSearchParams(location.search).get('data');
  if (!data) return;
  let url: string;
  try {
    url = resolveDataUrl(data, location.href);
  } catch {
    return;
  }
  const chronology = downloadChronology(url, url, {
    onDownloaded: () => globalThis.performance?.mark?.('parley-downloaded'),
  });
  chronology.catch(() => {});
  early = { url, chronology };
}

/**
 * The early download of `url`, once. The app's and the embed's loaders name a `?data=` dataset
 * by its URL, so `name` must be that URL for the messages to be the ones they would give.
 * Undefined for anything else, which the caller downloads itself.
 */
export function takeEarlyDownload(
  url: string,
  name: string,
  location: Pick<Location, 'search' | 'href'>,
): Promise<Chronology> | undefined {
  // The app may run before src/early.ts has (both wait for their code): then it starts it.
  startEarlyDownload(location);
  if (!early || early.url !== url || name !== url) return undefined;
  const { chronology } = early;
  early = undefined;
  return chronology;
}
