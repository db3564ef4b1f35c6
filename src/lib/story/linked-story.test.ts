import { describe, expect, it } from 'vitest';
import { fetchLinkedStory } from './linked-story';
import { isStoryAddress, showsDataset } from './steps';

const story = { id: 's', title: 'Shared', steps: [{ event: 'a', headline: 'A' }] };
const file = (dataset: object = {}) => JSON.stringify({ format: 'parley-story/1', dataset, story });
const serve =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });
const BASE = 'https://parley.example/app/';
const here = {
  shows: (url: string) => url === 'https://data.example/talks.json',
  hasEvent: (id: string) => id === 'a',
};

describe('a story opened from its address (?story=<url>)', () => {
  it.each([
    ['https://x.org/s.story.json', true],
    ['//x.org/s', true],
    ['./s.json', true],
    ['/stories/s', true],
    ['witkoff-putin-2025', false],
    ['a.b', false],
  ])('%s is an address: %s', (value, address) => {
    expect(isStoryAddress(value)).toBe(address);
  });

  it('knows the dataset a file names when the page shows it by its data= link, relative or not', () => {
    const talks = 'https://data.example/talks.json';
    expect(showsDataset('https://data.example/talks.json', talks, BASE)).toBe(true);
    expect(showsDataset('../talks.json', 'https://parley.example/talks.json', BASE)).toBe(true);
    expect(showsDataset('other.json', talks, BASE)).toBe(false);
    // The curated dataset has no data= link: a file naming a dataset opens it by its address.
    expect(showsDataset(undefined, talks, BASE)).toBe(false);
  });

  it('opens over the dataset shown when the file names none, or names that one', async () => {
    expect(await fetchLinkedStory('s.json', BASE, here, serve(file()))).toEqual({ story });
    expect(
      await fetchLinkedStory(
        's.json',
        BASE,
        here,
        serve(file({ url: 'https://data.example/talks.json' })),
      ),
    ).toEqual({ story });
  });

  it('asks for the dataset the file names when another is shown, its address read against the file’s', async () => {
    expect(
      await fetchLinkedStory(
        'https://x.org/stories/s.json',
        BASE,
        here,
        serve(file({ url: '../data/other.json' })),
      ),
    ).toEqual({ openDataset: 'https://x.org/data/other.json' });
  });

  it('says what went wrong, naming the address: not found, not JSON, not told over this dataset', async () => {
    expect(await fetchLinkedStory('s.json', BASE, here, serve('', 404))).toMatchObject({
      message: expect.stringMatching(
        /^The story at s\.json could not be opened\. Could not download .* 404/,
      ),
    });
    expect(await fetchLinkedStory('s.json', BASE, here, serve('{'))).toEqual({
      message: 'The story at s.json could not be opened. It is not JSON.',
    });
    const elsewhere = JSON.stringify({
      format: 'parley-story/1',
      dataset: {},
      story: { ...story, steps: [{ event: 'b', headline: 'B' }] },
    });
    expect(await fetchLinkedStory('s.json', BASE, here, serve(elsewhere))).toEqual({
      message:
        'The story at s.json cannot be told over this dataset: story.steps[0].event: "b" is not an event in this dataset',
    });
    expect(await fetchLinkedStory('javascript:alert(1)', BASE, here, serve(file()))).toMatchObject({
      message: expect.stringContaining('must start with http:// or https://'),
    });
  });
});
