import { describe, expect, it } from 'vitest';
import type { Story } from '../model/types';
import { clampStep, findStory, highlightedEvent, mediaHosts, readerSteps } from './steps';

const story: Story = {
  id: 's',
  title: 'The title',
  text: 'Intro',
  byline: 'By A',
  media: { url: 'https://img.example.org/a.jpg', alt: 'A' },
  steps: [
    { event: 'e1', headline: 'One', media: { url: 'https://cdn.example.com/b.jpg', alt: 'B' } },
    {
      start: '2025-03',
      headline: 'Two',
      media: { url: 'https://img.example.org/c.jpg', alt: 'C' },
    },
  ],
};

describe('a story as its reader walks it', () => {
  it('starts with the title step and numbers every step from 1', () => {
    const steps = readerSteps(story);
    expect(steps.map((s) => [s.number, s.isTitle, s.headline])).toEqual([
      [1, true, 'The title'],
      [2, false, 'One'],
      [3, false, 'Two'],
    ]);
    expect(steps[0]).toMatchObject({ text: 'Intro', byline: 'By A' });
    expect(steps[1]!.step?.event).toBe('e1');
  });

  it.each([
    [undefined, 1],
    [0, 1],
    [-4, 1],
    [2, 2],
    [2.7, 2],
    [99, 3],
    [Number.NaN, 1],
  ])('a link to step %s of 3 opens step %s', (asked, shown) => {
    expect(clampStep(asked, 3)).toBe(shown);
  });

  it('finds a story by id, and nothing for an id the dataset does not have', () => {
    expect(findStory([story], 's')).toBe(story);
    expect(findStory([story], 'x')).toBeUndefined();
    expect(findStory(undefined, 's')).toBeUndefined();
  });

  it('names each host its images come from once', () => {
    expect(mediaHosts(story)).toEqual(['cdn.example.com', 'img.example.org']);
    expect(
      mediaHosts({ ...story, media: undefined, steps: [{ event: 'e', headline: 'h' }] }),
    ).toEqual([]);
  });
});

describe('the event a story step highlights', () => {
  it.each([
    [undefined, undefined],
    [1, undefined],
    [2, 'e1'],
    [3, undefined],
    [9, undefined],
  ])('at step %s: %s', (step, id) => {
    expect(highlightedEvent(story, step)).toBe(id);
  });

  it('is none without a story', () => {
    expect(highlightedEvent(undefined, 2)).toBeUndefined();
  });
});
