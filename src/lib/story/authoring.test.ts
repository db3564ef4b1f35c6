import { describe, expect, it } from 'vitest';
import type { Story } from '../model/types';
import {
  addStep,
  editStep,
  editTitle,
  freshStoryId,
  MAX_NEW_STEPS,
  moveStep,
  newStory,
  removeStep,
} from './authoring';
import { storyFile } from './story-file';

const story: Story = {
  id: 's',
  title: 'S',
  steps: [
    { event: 'a', headline: 'A' },
    { event: 'b', headline: 'B' },
    { event: 'c', headline: 'C' },
  ],
};
const order = (s: Story) => s.steps.map((step) => step.event).join('');

describe('writing a story', () => {
  it('starts from the events in view, each a step headed by its title, at most 30', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}` }));
    const made = newStory('Talks in spring', events, new Set());
    expect(made.id).toBe('talks-in-spring');
    expect(made.steps).toHaveLength(MAX_NEW_STEPS);
    expect(made.steps[0]).toEqual({ event: 'e0', headline: 'Event 0' });
  });

  it('never reuses a story id', () => {
    expect(freshStoryId('Spring', new Set(['spring', 'spring-2']))).toBe('spring-3');
    expect(freshStoryId('★', new Set())).toBe('story');
  });

  it.each([
    [0, 1, 'bac'],
    [2, -1, 'acb'],
    [0, -1, 'abc'],
    [2, 1, 'abc'],
    [1, 5, 'acb'],
    [7, 1, 'abc'],
  ])('moves step %i by %i: %s', (index, delta, expected) => {
    expect(order(moveStep(story, index, delta))).toBe(expected);
    expect(order(story)).toBe('abc');
  });

  it('removes a step, but never the last one', () => {
    expect(order(removeStep(story, 1))).toBe('ac');
    const one = removeStep(removeStep(story, 0), 0);
    expect(order(removeStep(one, 0))).toBe('c');
  });

  it('adds a step after another, or at the end', () => {
    expect(order(addStep(story, { event: 'x', headline: 'X' }, 0))).toBe('axbc');
    expect(order(addStep(story, { event: 'x', headline: 'X' }))).toBe('abcx');
  });

  it('edits a step’s words and view, and drops them when emptied', () => {
    const edited = editStep(story, 1, { text: 'Words', view: 'kind=summit' });
    expect(edited.steps[1]).toEqual({
      event: 'b',
      headline: 'B',
      text: 'Words',
      view: 'kind=summit',
    });
    expect(editStep(edited, 1, { text: '', view: '' }).steps[1]).toEqual({
      event: 'b',
      headline: 'B',
    });
    expect(editTitle(story, { byline: 'By me' })).toMatchObject({ byline: 'By me' });
    expect(editTitle({ ...story, byline: 'x' }, { byline: '' })).not.toHaveProperty('byline');
  });

  it('saves a story on its own, naming its dataset', () => {
    expect(JSON.parse(storyFile(story, { title: 'Talks', url: 'https://x.org/t.json' }))).toEqual({
      format: 'parley-story/1',
      dataset: { title: 'Talks', url: 'https://x.org/t.json' },
      story,
    });
  });
});
