// @ts-check
// See src/lib/io/early-data.ts.
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
  response.catch(() => {});
  Object.defineProperty(window, 'parleyEarlyData', {
    value: { url: url.href, response },
    configurable: true,
  });
})();
