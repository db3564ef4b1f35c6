// Waits, before a measured navigation, until the machine's processors have gone quiet.
//
// Why: every fresh browser context opens a new browser window, and Chromium then loads that
// window's own interface, a "top-chrome" WebUI page (the address bar's popup), in a renderer of
// its own. On a two-core machine that took about 1.3 s of processor time, spent during the
// first second of whatever page the bench opened at once: it delayed Parley's first draw at
// 100,000 events from about 1.5 s to 2.3 s, and it delayed the other apps' too. A reader who
// follows a link has had the window open for a while. So each run waits for the window to
// settle, the same way for every app, and then navigates.
import { readFileSync } from 'node:fs';
import { sleep } from './measure.mjs';

/** Busy share of all processors under which a sample counts as quiet. */
const QUIET_SHARE = 0.25;
/** Quiet samples in a row that make the machine settled. */
const QUIET_SAMPLES = 3;
const SAMPLE_MS = 200;
/** Where /proc/stat cannot be read (not Linux): a fixed wait instead. */
const FALLBACK_MS = 2000;

/** @returns {{ busy: number, total: number } | null} jiffies since boot, over every processor */
function cpuTimes() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    // cpu  user nice system idle iowait irq softirq steal …, in jiffies
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map((field) => Number(field) || 0);
    const busy =
      (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
    return { busy, total: busy + (idle ?? 0) + (iowait ?? 0) };
  } catch {
    return null;
  }
}

/**
 * Resolves once the processors have been mostly idle for QUIET_SAMPLES samples in a row, or
 * after `capMs`. Returns how long it waited and whether the machine did settle.
 * @param {number} [capMs]
 * @returns {Promise<{ waitedMs: number, settled: boolean }>}
 */
export async function waitUntilQuiet(capMs = 15_000) {
  const started = Date.now();
  let before = cpuTimes();
  if (!before) {
    await sleep(FALLBACK_MS);
    return { waitedMs: Date.now() - started, settled: true };
  }
  let quiet = 0;
  while (Date.now() - started < capMs) {
    await sleep(SAMPLE_MS);
    const now = /** @type {{ busy: number, total: number }} */ (cpuTimes());
    const total = now.total - before.total;
    const share = total > 0 ? (now.busy - before.busy) / total : 0;
    before = now;
    quiet = share < QUIET_SHARE ? quiet + 1 : 0;
    if (quiet >= QUIET_SAMPLES) return { waitedMs: Date.now() - started, settled: true };
  }
  return { waitedMs: Date.now() - started, settled: false };
}

/**
 * Waits as waitUntilQuiet does before a benchmark opens a timed page, and says through `warn`
 * when the machine never went quiet: the page is opened anyway, with the warning kept beside
 * its figures.
 * @param {(message: string) => void} warn
 */
export async function settleBeforeOpening(warn) {
  const { waitedMs, settled } = await waitUntilQuiet();
  if (!settled) warn(`the machine was still busy after ${waitedMs} ms; opened anyway`);
}
