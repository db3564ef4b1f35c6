/**
 * A whole number as English writes it: 100,000. Written out by hand because the page's first
 * use of Intl's number formatting (`toLocaleString`) loads its locale data, 15–35 ms of a cold
 * page's main thread, and the header, the toolbar and the filters show counts before
 * the first draw. Anything that is not a safe integer is left to Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
