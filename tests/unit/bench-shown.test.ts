// How soon a chart is ready is read when the first frame after its first draw has been painted
// (scripts/bench/shown.mjs), for every app alike, and the budgets are judged on that mark
// (scripts/bench/report.mjs); the first draw as written stays beside them for reference.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { budgetRows } from '../../scripts/bench/report.mjs';
import type { RunResult } from '../../scripts/bench/report.mjs';
import { markShownAfterFirstDraw } from '../../scripts/bench/shown.mjs';

describe('the shown mark', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A page's performance.mark, animation frames and tasks, run by hand. */
  function fakePage() {
    const marked: string[] = [];
    const frames: (() => void)[] = [];
    const tasks: (() => void)[] = [];
    vi.stubGlobal('performance', { mark: (name: string) => marked.push(name) });
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('setTimeout', (callback: () => void) => tasks.push(callback));
    const run = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
    return { marked, runFrame: () => run(frames), runTasks: () => run(tasks) };
  }

  it('comes after the next frame following the first draw, not at the draw', () => {
    const page = fakePage();
    markShownAfterFirstDraw();
    performance.mark('parley-first-draw');
    expect(page.marked).toEqual(['parley-first-draw']);
    page.runTasks(); // nothing is queued before the frame
    expect(page.marked).toEqual(['parley-first-draw']);
    page.runFrame();
    expect(page.marked).toEqual(['parley-first-draw']);
    page.runTasks();
    expect(page.marked).toEqual(['parley-first-draw', 'parley-shown']);
  });

  it('comes right after the frame that drew, when the draw is marked inside a frame', () => {
    const page = fakePage();
    markShownAfterFirstDraw();
    requestAnimationFrame(() => performance.mark('bench-first-draw'));
    page.runFrame();
    expect(page.marked).toEqual(['bench-first-draw']);
    page.runTasks();
    expect(page.marked).toEqual(['bench-first-draw', 'bench-shown']);
  });

  it('works alone, as the page gets it: written out as text, with nothing from outside', () => {
    const page = fakePage();
    // addInitScript sends the function's source; anything it imported would be missing there.
    new Function(`(${markShownAfterFirstDraw.toString()})()`)();
    performance.mark('parley-first-draw');
    page.runFrame();
    page.runTasks();
    expect(page.marked).toEqual(['parley-first-draw', 'parley-shown']);
  });

  it("follows the other apps' mark the same way, and only the first draw", () => {
    const page = fakePage();
    markShownAfterFirstDraw();
    performance.mark('bench-downloaded');
    performance.mark('bench-first-draw');
    performance.mark('bench-first-draw');
    page.runFrame();
    page.runTasks();
    page.runFrame();
    page.runTasks();
    expect(page.marked).toEqual([
      'bench-downloaded',
      'bench-first-draw',
      'bench-first-draw',
      'bench-shown',
    ]);
  });
});

describe('the budgets of how soon a chart is ready', () => {
  const run = (app: RunResult['app'], events: number, drawn: number, shown: number): RunResult => ({
    app,
    name: app,
    events,
    url: '',
    status: 'ok',
    readyTimeoutMs: 180_000,
    firstDrawMs: drawn,
    shownMs: shown,
    marks: {},
    heapAfterDrawMb: 50,
    heapAfterGesturesMb: 50,
    wheel: null,
    pan: null,
    filter: null,
    viewMoved: { wheel: null, pan: null },
    warnings: [],
  });
  const rowOf = (rows: string[][], start: string) => rows.find((row) => row[0]?.startsWith(start));

  it('are judged on the painted frame, with the written draw beside them for reference', () => {
    const rows = budgetRows([
      run('parley', 100_000, 1_000, 1_050),
      run('timelines', 100_000, 3_200, 7_000),
      run('parley', 10_000, 200, 240),
      run('vis', 10_000, 900, 1_000),
    ]);
    expect(rowOf(rows, 'ready (first frame painted after the first draw) ≤ 0.3×')).toEqual([
      expect.stringContaining('timelines-chart at 100,000'),
      '0.150×',
      'yes',
    ]);
    expect(rowOf(rows, 'first draw written')?.slice(1)).toEqual(['0.313×', 'for reference']);
    expect(
      rowOf(rows, 'ready (first frame painted after the first draw) ≤ 0.2×')?.slice(1),
    ).toEqual(['0.240×', 'no']);
  });

  it('say so when the painted frame is over budget, whatever the written draw', () => {
    const rows = budgetRows([
      run('parley', 100_000, 500, 2_500),
      run('timelines', 100_000, 3_200, 7_000),
    ]);
    expect(rowOf(rows, 'ready')?.slice(1)).toEqual(['0.357×', 'no']);
  });
});
