// @ts-check
/**
 * Starts downloading the dataset a `?data=` link names as soon as the page opens, while the
 * app's own code is still on its way: a big file then arrives that much sooner. The app takes
 * the response (src/lib/io/early-data.ts) and checks it like any download; when it does not
 * (another dataset was chosen, or the link is refused), the response is simply dropped.
 * A plain script, not a module, so it runs at once instead of after the app's modules load.
 */
(() => {
  const data = new URLSearchParams(location.search).get('data');
  if (!data) return;
  let url;
  try {
    url = new URL(data, location.href);
  } catch {
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
  const response = fetch(url.href, { credentials: 'omit' });
  // A failure is reported by the app when it takes the response, not here.
  response.catch(() => {});
  Object.defineProperty(window, 'parleyEarlyData', {
    value: { url: url.href, response },
    configurable: true,
  });
})();
