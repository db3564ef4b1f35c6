/**
 * The download public/early-data.js started before the app's code had loaded, taken once by
 * the fetch that wants the same URL. Any other request goes to the network as usual.
 *
 * That script starts downloading the dataset a `?data=` link names as soon as the page opens,
 * while the app's own code is still on its way: a big file then arrives that much sooner. The
 * app checks the response like any download; when it does not take it (another dataset was
 * chosen, or the link is refused), the response is simply dropped. It is a plain script, not a
 * module, so it runs at once instead of after the app's modules load. It is shipped as written
 * (public/ is not minified) and counts in the first load's budget, so its own comments are
 * short and the explanation is here. A failed request rejects the promise it leaves; the app
 * reports that failure when it takes the response.
 */

interface EarlyData {
  url: string;
  response: Promise<Response>;
}

/** `fetch`, except that the first request for the early download's URL gets its response. */
export function fetchWithEarlyData(target: Window): typeof fetch {
  return (input, init) => {
    const early = takeEarlyData(target);
    if (early && typeof input === 'string' && input === early.url) return early.response;
    return fetch(input, init);
  };
}

/** The early download, removed from the page so it is used once and can be freed. */
function takeEarlyData(target: Window): EarlyData | undefined {
  const holder = target as unknown as { parleyEarlyData?: EarlyData };
  const early = holder.parleyEarlyData;
  if (early) delete holder.parleyEarlyData;
  return early;
}
