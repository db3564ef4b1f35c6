import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters/filters';
import type { Story } from '../model/types';
import { MIN_CONTEXT_MS, stepTarget, withContext, type Range } from './step-view';
import { readerSteps, stepPatch } from './steps';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const spans: Record<string, Range> = {
  talks: [at('2025-02-11'), at('2025-02-12')],
  round: [at('2025-08-01'), at('2025-09-01')],
};
const spanOf = (id: string) => spans[id];

const story: Story = {
  id: 's',
  title: 'T',
  steps: [
    { event: 'talks', headline: 'Talks' },
    { start: '2025-05', end: '2025-06', headline: 'Two months' },
    {
      event: 'round',
      headline: 'Round',
      view: 'from=2025-07-01&to=2025-10-01&kind=meeting&group=kind',
    },
    { event: 'talks', headline: 'Again', view: 'q=ceasefire' },
  ],
};
const steps = readerSteps(story);

describe('where the chart goes for a story step', () => {
  it('centres a one-day event with two weeks either side, every event shown, and highlights it', () => {
    expect(stepTarget(steps[1]!, steps, spanOf)).toEqual({
      range: [at('2025-02-11') - MIN_CONTEXT_MS, at('2025-02-12') + MIN_CONTEXT_MS],
      filters: NO_FILTERS,
      highlight: 'talks',
    });
  });

  it('gives a long span as much room again either side', () => {
    expect(withContext([0, 60 * DAY])).toEqual([-60 * DAY, 120 * DAY]);
  });

  it('goes to a span of months from the step’s own start and end', () => {
    expect(stepTarget(steps[2]!, steps, spanOf).range).toEqual(
      withContext([at('2025-05-01'), at('2025-07-01')]),
    );
  });

  it('follows the step’s own view: its range, filters and lanes', () => {
    const target = stepTarget(steps[3]!, steps, spanOf);
    expect(target.range).toEqual([at('2025-07-01'), at('2025-10-01')]);
    expect(target.filters.kind).toEqual(['meeting']);
    expect(target.group).toBe('kind');
    expect(target.highlight).toBe('round');
  });

  it('keeps the reader’s lanes when the view does not name them, and centres when it has no range', () => {
    const target = stepTarget(steps[4]!, steps, spanOf);
    expect(target.group).toBeUndefined();
    expect(target.filters.q).toBe('ceasefire');
    expect(target.range).toEqual(withContext(spans['talks']!));
  });

  it('shows the whole story on its title step', () => {
    expect(stepTarget(steps[0]!, steps, spanOf)).toEqual({
      range: withContext([at('2025-02-11'), at('2025-09-01')]),
      filters: NO_FILTERS,
    });
  });

  it('leaves the range alone for a step whose event is not in the data any more', () => {
    const lost = readerSteps({ ...story, steps: [{ event: 'gone', headline: 'G' }] });
    expect(stepTarget(lost[1]!, lost, spanOf)).toEqual({ filters: NO_FILTERS, highlight: 'gone' });
  });
});

describe('the view change that shows a step', () => {
  it('sets the step, its range, filters and lanes, and closes an open event, era and article', () => {
    const target = stepTarget(steps[3]!, steps, spanOf);
    expect(stepPatch(4, target)).toEqual({
      step: 4,
      article: undefined,
      event: undefined,
      era: undefined,
      filters: target.filters,
      from: at('2025-07-01'),
      to: at('2025-10-01'),
      group: 'kind',
    });
  });

  it('leaves the reader’s range and lanes when the step has neither', () => {
    const patch = stepPatch(2, { filters: NO_FILTERS });
    expect(patch).not.toHaveProperty('from');
    expect(patch).not.toHaveProperty('group');
  });
});
