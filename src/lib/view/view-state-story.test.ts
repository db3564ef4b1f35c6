import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from './view-state';

describe('a story and its step, in the URL', () => {
  it('round-trip, so a link opens the story at that step', () => {
    const view = { ...DEFAULT_VIEW, story: 'witkoff-putin', step: 3 };
    expect(serializeViewState(view)).toBe('?story=witkoff-putin&step=3');
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('write no step for the title step, and read a missing one as the title step', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, story: 's', step: 1 })).toBe('?story=s');
    expect(parseViewState('?story=s')).toEqual({ ...DEFAULT_VIEW, story: 's' });
  });

  it.each(['0', '-2', '2.5', 'two', ''])('drop the step %j, keeping the story', (step) => {
    const view = parseViewState(`?story=s&step=${step}`);
    expect(view.story).toBe('s');
    expect(view).not.toHaveProperty('step');
  });

  it('hold "read as an article" only with a story', () => {
    const view = { ...DEFAULT_VIEW, story: 's', article: true };
    expect(serializeViewState(view)).toBe('?story=s&article=1');
    expect(parseViewState('?story=s&article=1')).toEqual(view);
    expect(parseViewState('?article=1')).not.toHaveProperty('article');
  });

  it('drop a step without a story, and a story id with markup or spaces', () => {
    expect(parseViewState('?step=3')).not.toHaveProperty('step');
    expect(parseViewState('?story=%3Cimg%3E')).not.toHaveProperty('story');
    expect(parseViewState('?story=a%20b')).not.toHaveProperty('story');
  });
});

describe('a range before the common era, in the URL', () => {
  it('is written as historians count years, and read back to the same days', () => {
    const from = Date.UTC(-43, 2, 1);
    const to = Date.UTC(-43, 3, 1);
    const search = serializeViewState({ ...DEFAULT_VIEW, from, to });
    expect(search).toBe('?from=-0044-03-01&to=-0044-04-01');
    expect(parseViewState(search)).toMatchObject({ from, to });
  });
});
