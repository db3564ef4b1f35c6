/**
 * A TimelineJS timeline brought over whole: its slides become a story in the order TimelineJS
 * shows them, tried on TimelineJS's own example files (tests/fixtures/import/timelinejs-examples).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateChronology } from '../model/validate';
import { previewImport } from './index';

const DIR = new URL('../../../tests/fixtures/import/timelinejs-examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

function storyOf(name: string) {
  const preview = previewImport(name, read(name));
  expect(preview.problems).toEqual([]);
  expect(validateChronology(preview.chronology).ok).toBe(true);
  const stories = preview.chronology!.stories!;
  expect(stories).toHaveLength(1);
  return { preview, story: stories[0]!, events: preview.chronology!.events };
}

describe('a TimelineJS file becomes a dataset and a story', () => {
  it.each([
    ['eras.json', 20],
    ['all-media-types.json', 41],
    ['women_in_computing.csv', 10],
    ['my-own-timeline.csv', 10],
  ])('%s: a title step, then one step per slide, each on its event', (name, slides) => {
    const { story, events } = storyOf(name);
    expect(events).toHaveLength(slides);
    expect(story.steps).toHaveLength(slides);
    const ids = new Set(events.map((e) => e.id));
    for (const step of story.steps) expect(ids.has(step.event!)).toBe(true);
    // Every event is told once.
    expect(new Set(story.steps.map((s) => s.event)).size).toBe(slides);
  });

  it('the title slide is the title step: its headline, its text, its image', () => {
    const { story } = storyOf('women_in_computing.csv');
    expect(story.id).toBe('women-in-computing');
    expect(story.title).toBe('Women in Computing');
    expect(story.text).toMatch(/^In this sample timeline, we’ll walk you through/);
    const { story: media } = storyOf('all-media-types.json');
    expect(media.title).toBe('TimelineJS Media Types');
    expect(media.media).toEqual({
      url: 'http://www.germuska.com/salzburg-album/full/2QVB_022.jpg',
      alt: 'The secret passage at Schloss Leopoldskron, Salzburg, Austria',
      caption: 'The secret passage at Schloss Leopoldskron, Salzburg, Austria',
      credit: 'Joe Germuska',
    });
  });

  it('steps follow the slides’ dates, as TimelineJS shows them, whatever order the file lists them in', () => {
    const { story, events } = storyOf('eras.json');
    const startOf = new Map(events.map((e) => [e.id, e.start]));
    const starts = story.steps.map((s) => startOf.get(s.event!)!);
    expect(starts).toEqual([...starts].sort());
    expect(story.steps.map((s) => s.headline)).toEqual(
      story.steps.map((s) => events.find((e) => e.id === s.event)!.title),
    );
  });

  it('images become the steps’ images with caption and credit; alt text stands in from the caption', () => {
    const { story } = storyOf('my-own-timeline.csv');
    const ada = story.steps.find((s) => s.headline === 'Ada Lovelace')!;
    expect(ada.media).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      alt: 'Portrait by Alfred Edward Chalon',
      caption: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
    });
  });

  it('video, posts, maps and embeds keep their links in the step’s text; media without an address is counted', () => {
    const { story, preview } = storyOf('all-media-types.json');
    const youtube = story.steps.find((s) => s.headline === 'YouTube Videos')!;
    expect(youtube.media).toBeUndefined();
    expect(youtube.text).toContain('https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s');
    // An <iframe> embed keeps the address it loads.
    const embedded = story.steps.filter((s) =>
      s.text?.includes('https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html'),
    );
    expect(embedded).toHaveLength(1);
    const images = story.steps.filter((s) => s.media).map((s) => new URL(s.media!.url).host);
    expect(images).toEqual(
      expect.arrayContaining(['upload.wikimedia.org', 'media.giphy.com', 'pngimg.com']),
    );
    // A Wikimedia Commons file page shows its file, as TimelineJS shows it; a Wikipedia article
    // is a page, kept as a link.
    expect(story.steps.map((s) => s.media?.url)).toContain(
      'https://commons.wikimedia.org/wiki/Special:FilePath/Beryl-Quartz-Emerald-Zambia-33mm_0885.jpg',
    );
    expect(
      story.steps.find((s) => s.text?.includes('https://en.wikipedia.org/wiki/Mechanical_Turk')),
    ).toBeDefined();
    const warnings = preview.warnings.join(' ');
    expect(warnings).toContain('The slides became a story of 42 steps');
    expect(warnings).toMatch(
      /Video, audio, maps, posts and embeds cannot be shown: \d+ links were kept/,
    );
    // "<blockquote>This is a block quote.</blockquote>" points nowhere.
    expect(warnings).toContain('Media that is not an http(s) address was left out: 1.');
  });

  it('a media field with a script or a javascript: address is never kept as an image or a link', () => {
    const file = {
      title: { text: { headline: 'T' }, media: { url: 'javascript:alert(1)' } },
      events: [
        {
          start_date: { year: 2020 },
          text: { headline: 'A' },
          media: { url: '<img src=x onerror="alert(1)">', caption: '<script>alert(2)</script>Cap' },
        },
      ],
    };
    const preview = previewImport('t.json', JSON.stringify(file));
    expect(preview.problems).toEqual([]);
    const text = JSON.stringify(preview.chronology);
    expect(text).not.toMatch(/javascript:|<script|onerror/i);
    expect(preview.warnings.join(' ')).toContain('left out: 2.');
  });
});
