// Medians over the fresh loads of one run: a single try of a 100 ms filter moves by half or
// more from load to load on a shared machine, so one try per run says little (docs/benchmarks.md).

/**
 * @typedef {import('./measure.mjs').FilterTiming} FilterTiming
 * @typedef {FilterTiming | null | 'timed out'} FilterOutcome
 */

/**
 * The median; of an even count, the mean of the middle two. Infinity sorts last, so a value
 * that never came (a timed-out try) counts as the slowest rather than being left out.
 * @param {number[]} values at least one
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i]);
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/** @param {number} value */
const tenth = (value) => Math.round(value * 10) / 10;

/**
 * One filter's tries over several loads as one outcome, each figure the median over the loads:
 * the chart's redraw (`ms`); how long after it the page was idle, and each view followed, added to
 * that median, so that the report's "after the chart" figures are medians too.
 *
 * A try that timed out counts as the slowest; when that is the median, the outcome is 'timed
 * out'. A view that did not follow counts likewise and is null when that is its median. Tries
 * that could not run (null: no search box) are left out; with none left, null.
 * @param {FilterOutcome[]} tries one per load
 * @returns {FilterOutcome}
 */
export function medianOutcome(tries) {
  const ran = tries.filter((attempt) => attempt !== null);
  if (ran.length === 0) return null;
  const timed = /** @type {FilterTiming[]} */ (ran.filter((attempt) => attempt !== 'timed out'));
  const chartMs = median(ran.map((attempt) => (attempt === 'timed out' ? Infinity : attempt.ms)));
  const first = timed[0];
  if (chartMs === Infinity || first === undefined) return 'timed out';
  /** @param {(timing: FilterTiming) => number} after */
  const afterChart = (after) => {
    const late = ran.length - timed.length; // timed-out tries: the slowest
    const value = median([...timed.map(after), ...Array.from({ length: late }, () => Infinity)]);
    return value === Infinity ? null : tenth(chartMs + value);
  };
  /** @type {FilterTiming} */
  const outcome = {
    ms: tenth(chartMs),
    // Finite whenever the chart's median is: most tries then timed the redraw.
    settledMs: afterChart((timing) => timing.settledMs - timing.ms) ?? tenth(chartMs),
    eventsBefore: first.eventsBefore,
    eventsAfter: first.eventsAfter,
  };
  if (first.views) {
    outcome.views = Object.fromEntries(
      Object.keys(first.views).map((view) => [
        view,
        afterChart((timing) => {
          const at = timing.views?.[view];
          return typeof at === 'number' ? at - timing.ms : Infinity;
        }),
      ]),
    );
  }
  return outcome;
}

/**
 * @typedef {{ apply: FilterOutcome, clear: FilterOutcome }} FilterPair
 * @typedef {{
 *   filter: ({ word: string } & FilterPair) | 'n/a' | null,
 *   facet: ({ facet: string } & FilterPair) | 'n/a' | null,
 *   views: ({ facet: string } & FilterPair) | 'n/a' | null,
 * }} FilterLoad the filters as timed in one fresh load
 */

/**
 * One run's filters over its loads: each filter's apply and clear as the median outcome of the
 * loads that could time it; 'n/a' when none could, null when none tried.
 * @param {FilterLoad[]} loads
 * @returns {FilterLoad}
 */
export function medianOfLoads(loads) {
  /**
   * @template {FilterPair} P
   * @param {(P | 'n/a' | null)[]} tries
   * @returns {P | 'n/a' | null}
   */
  const combine = (tries) => {
    const timed = /** @type {P[]} */ (tries.filter((pair) => pair !== null && pair !== 'n/a'));
    const first = timed[0];
    if (first === undefined) return tries.includes('n/a') ? 'n/a' : null;
    return {
      ...first,
      apply: medianOutcome(timed.map((pair) => pair.apply)),
      clear: medianOutcome(timed.map((pair) => pair.clear)),
    };
  };
  return {
    filter: combine(loads.map((load) => load.filter)),
    facet: combine(loads.map((load) => load.facet)),
    views: combine(loads.map((load) => load.views)),
  };
}
