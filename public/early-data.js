// @ts-check
// Starts a ?data= download before the app's code has loaded; src/lib/io/early-data.ts says why
// and takes the response. Shipped as written (public/), so its comments are kept short.
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
