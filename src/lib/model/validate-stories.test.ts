import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem, PiecewiseValidation, validateChronology } from './validate';
import { checkStoryFile } from '../story/story-file';

const small = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/small.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const story = () => ({
  id: 'first-round',
  title: 'How the first round came about',
  byline: 'A. Reporter',
  media: { url: 'https://example.org/a.jpg', alt: 'Two delegations at a table' },
  steps: [
    { event: 'meeting-1', headline: 'The envoy arrives', text: 'See https://example.org.' },
    { start: '2025-03', end: '2025-04', headline: 'A month of calls', view: 'group=kind' },
  ],
});

function problems(stories: unknown): string[] {
  const result = validateChronology({ ...structuredClone(small), stories });
  return result.ok ? [] : result.problems.map(describeProblem);
}

describe('stories in a dataset file', () => {
  it('accepts a story whose steps point at events and spans of time', () => {
    expect(problems([story()])).toEqual([]);
  });

  it.each<[string, (s: ReturnType<typeof story>) => void, string]>([
    [
      'a step pointing at an event the dataset does not have',
      (s) => (s.steps[0]!.event = 'meeting-99'),
      'stories[0].steps[0].event: "meeting-99" is not an event in this dataset',
    ],
    [
      'a step without a headline',
      (s) => delete (s.steps[1] as { headline?: string }).headline,
      'stories[0].steps[1].headline: is missing',
    ],
    [
      'a step with neither an event nor a start',
      (s) => delete (s.steps[1] as { start?: string }).start,
      'stories[0].steps[1]: needs an event or a start date, so the chart knows where to go',
    ],
    [
      'an image without alt text',
      (s) => delete (s.media as { alt?: string }).alt,
      'stories[0].media.alt: is missing: say what the image shows, for readers who cannot see it',
    ],
    [
      'an image that is not an http(s) link',
      (s) => (s.media.url = 'javascript:alert(1)'),
      'stories[0].media.url: "javascript:alert(1)" is not an http(s) link',
    ],
    [
      'a step ending before it starts',
      (s) => (s.steps[1]!.end = '2025-01'),
      'stories[0].steps[1].end: "2025-01" is before the start "2025-03"',
    ],
    [
      'a step with an impossible date',
      (s) => (s.steps[1]!.start = '2025-02-30'),
      'stories[0].steps[1].start: "2025-02-30" is not a date: 2025-02 has no day 30',
    ],
    [
      'a story without steps',
      (s) => (s.steps = []),
      'stories[0].steps: is empty: a story needs at least one step after its title',
    ],
    [
      'HTML in a step’s text',
      (s) => (s.steps[0]!.text = 'Read <img src=x onerror=alert(1)>'),
      'stories[0].steps[0].text: contains markup ("<img src=x onerror=alert"); Parley shows plain text only, so HTML is refused',
    ],
  ])('refuses %s, naming the step and field', (_name, change, message) => {
    const s = story();
    change(s);
    expect(problems([s])).toContain(message);
  });

  it('refuses two stories with one id', () => {
    expect(problems([story(), story()])).toContain(
      'stories[1].id: "first-round" is already used by stories[0]',
    );
  });

  it('refuses stories that are not a list', () => {
    expect(problems({ id: 'x' })).toEqual(['stories: must be a list, not an object']);
  });

  it('checks stories in a file read piece by piece exactly as in a file read whole', () => {
    for (const stories of [
      [story()],
      [{ ...story(), steps: [{ event: 'nope', headline: 'x' }] }],
    ]) {
      const root = { ...structuredClone(small), stories } as Record<string, unknown>;
      const pieces = new PiecewiseValidation();
      pieces.sources(root['sources']);
      pieces.events(root['events'] as unknown[], 0);
      expect(pieces.finish(root)).toEqual(validateChronology(root));
    }
  });
});

describe('a story saved in a file of its own', () => {
  const ids = new Set(['meeting-1', 'range']);
  const file = (story: unknown, format = 'parley-story/1') => ({ format, dataset: {}, story });

  it('opens when every step points at an event of the dataset shown', () => {
    const result = checkStoryFile(file(story()), ids);
    expect(result).toEqual({ ok: true, story: story() });
  });

  it('names each problem in the file’s own terms', () => {
    const s = story();
    s.steps[0]!.event = 'elsewhere';
    expect(checkStoryFile(file(s), ids)).toEqual({
      ok: false,
      problems: ['story.steps[0].event: "elsewhere" is not an event in this dataset'],
    });
    expect(checkStoryFile(file(story(), 'parley-chronology/1'), ids)).toMatchObject({
      ok: false,
      problems: ['format: "parley-chronology/1" is not a Parley story (parley-story/1)'],
    });
    expect(checkStoryFile({ format: 'parley-story/1' }, ids)).toMatchObject({
      problems: ['story: is missing: the file holds no story'],
    });
    expect(checkStoryFile([], ids)).toMatchObject({ ok: false });
  });

  it('refuses markup anywhere in it, known fields or not', () => {
    const result = checkStoryFile({ ...file(story()), note: '<script>x</script>' }, ids);
    expect(result.ok).toBe(false);
  });
});
