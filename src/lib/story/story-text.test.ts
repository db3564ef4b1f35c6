import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyParagraphs, textRuns } from './story-text';

describe('a story step’s text as the reader sees it', () => {
  it('splits paragraphs at blank lines and keeps single line breaks inside one', () => {
    const paragraphs = storyParagraphs('First line\nstill first.\n\n\r\nSecond.\n  \nThird.');
    expect(paragraphs.map((runs) => runs.map((r) => r.text).join(''))).toEqual([
      'First line\nstill first.',
      'Second.',
      'Third.',
    ]);
  });

  it('turns http(s) addresses into links, leaving the sentence’s punctuation outside', () => {
    expect(
      textRuns('Read https://kyivindependent.com/a-b. Then (see http://x.org/c), done'),
    ).toEqual([
      { text: 'Read ' },
      { text: 'https://kyivindependent.com/a-b', href: 'https://kyivindependent.com/a-b' },
      { text: '. Then (see ' },
      { text: 'http://x.org/c', href: 'http://x.org/c' },
      { text: '), done' },
    ]);
  });

  it('keeps a closing bracket that belongs to the address', () => {
    const runs = textRuns('See https://en.wikipedia.org/wiki/Minsk_(city).');
    expect(runs[1]).toEqual({
      text: 'https://en.wikipedia.org/wiki/Minsk_(city)',
      href: 'https://en.wikipedia.org/wiki/Minsk_(city)',
    });
  });

  it('never makes a link of anything but http(s)', () => {
    const runs = textRuns('javascript:alert(1) data:text/html,x ftp://x.org mailto:a@b.c');
    expect(runs).toEqual([
      { text: 'javascript:alert(1) data:text/html,x ftp://x.org mailto:a@b.c' },
    ]);
  });

  it('loses no character of any text, and every link is http(s)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const runs = textRuns(text);
        expect(runs.map((r) => r.text).join('')).toBe(text);
        for (const run of runs) if (run.href) expect(run.href).toMatch(/^https?:\/\//);
      }),
    );
  });
});
