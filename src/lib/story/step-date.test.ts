import { describe, expect, it } from 'vitest';
import { mustParseDate } from '../model/dates';
import { readerSteps } from './steps';
import { stepAnnouncement, stepDate, type StepEvent } from './step-date';

const steps = readerSteps({
  id: 's',
  title: 'T',
  steps: [
    { event: 'riyadh', headline: 'Talks in Riyadh' },
    { start: '2025-03-23', end: '2025-03-25', headline: 'Three days' },
    { start: '2025-08', headline: 'A month' },
    { event: 'gone', start: '2025-05', headline: 'Its event was removed' },
  ],
});
const events: Record<string, StepEvent> = {
  riyadh: { start: mustParseDate('2025-02-18'), event: { approximate: true } },
};
const eventOf = (id: string) => events[id];

describe('the date under a story step’s headline', () => {
  it.each([
    [0, undefined],
    [1, 'c. 18 Feb 2025'],
    [2, '23–25 Mar 2025'],
    [3, 'August 2025'],
    [4, 'May 2025'],
  ])('step %i shows %j', (index, expected) => {
    expect(stepDate(steps[index]!, eventOf)).toBe(expected);
  });

  it('is what a screen reader hears with the headline, and nothing else of the card', () => {
    expect(stepAnnouncement(steps[1]!, 5, 'c. 18 Feb 2025')).toBe(
      'Step 2 of 5: Talks in Riyadh, c. 18 Feb 2025',
    );
    expect(stepAnnouncement(steps[0]!, 5, undefined)).toBe('Step 1 of 5: T');
  });
});
