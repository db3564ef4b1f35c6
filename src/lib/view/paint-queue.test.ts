import { describe, expect, it } from 'vitest';
import { paintQueue } from './paint-queue';

/** A queue whose tasks run when the test says so. */
function manual() {
  const tasks: (() => void)[] = [];
  const queue = paintQueue((run) => tasks.push(run));
  const ran: string[] = [];
  const nextTask = () => tasks.shift()?.();
  return { queue, ran, tasks, nextTask };
}

describe('paintQueue', () => {
  it('runs one job a task, the urgent ones first, else in the order they came', () => {
    const { queue, ran, tasks, nextTask } = manual();
    queue.add(() => ran.push('list'), false);
    queue.add(() => ran.push('counts'), false);
    queue.add(() => ran.push('views'), true);
    expect(tasks).toHaveLength(1);
    nextTask();
    expect(ran).toEqual(['views']);
    nextTask();
    nextTask();
    expect(ran).toEqual(['views', 'list', 'counts']);
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
