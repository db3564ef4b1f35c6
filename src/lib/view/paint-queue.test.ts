import { describe, expect, it } from 'vitest';
import { paintQueue } from './paint-queue';

/** A queue whose tasks run when the test says so; `painted` marks those after a paint. */
function manual() {
  const tasks: { run: () => void; afterPaint: boolean }[] = [];
  const queue = paintQueue(
    (run) => tasks.push({ run, afterPaint: false }),
    (run) => tasks.push({ run, afterPaint: true }),
  );
  const ran: string[] = [];
  const nextTask = () => tasks.shift()?.run();
  return { queue, ran, tasks, nextTask };
}

describe('paintQueue', () => {
  it('runs the urgent jobs first, together in one task, then one job a task in the order they came', () => {
    const { queue, ran, tasks, nextTask } = manual();
    queue.add(() => ran.push('list'), false);
    queue.add(() => ran.push('counts'), false);
    queue.add(() => ran.push('map'), true);
    queue.add(() => ran.push('numbers'), true);
    expect(tasks).toHaveLength(1);
    nextTask();
    expect(ran).toEqual(['map', 'numbers']);
    nextTask();
    expect(ran).toEqual(['map', 'numbers', 'list']);
    nextTask();
    expect(ran).toEqual(['map', 'numbers', 'list', 'counts']);
    expect(tasks).toHaveLength(0);
  });

  it('lets the page paint after the urgent jobs, before the others', () => {
    const { queue, tasks, nextTask } = manual();
    queue.add(() => {}, false);
    queue.add(() => {}, true);
    queue.add(() => {}, true);
    nextTask();
    expect(tasks.map((t) => t.afterPaint)).toEqual([true]);
    nextTask();
    expect(tasks).toHaveLength(0);
  });

  it('drops a job taken out before it ran', () => {
    const { queue, ran, nextTask } = manual();
    const cancel = queue.add(() => ran.push('stale'), true);
    queue.add(() => ran.push('fresh'), false);
    cancel();
    nextTask();
    nextTask();
    expect(ran).toEqual(['fresh']);
  });

  it('runs a job added while another runs in a task of its own', () => {
    const { queue, ran, tasks, nextTask } = manual();
    queue.add(() => {
      ran.push('first');
      queue.add(() => ran.push('second'), false);
    }, false);
    nextTask();
    expect(ran).toEqual(['first']);
    expect(tasks).toHaveLength(1);
    nextTask();
    expect(ran).toEqual(['first', 'second']);
  });
});
