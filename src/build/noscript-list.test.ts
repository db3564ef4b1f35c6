import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Chronology } from '../lib/model/types';
import { escapeHtml, renderNoscriptList } from './noscript-list';

const hostile: Chronology = {
  title: '</noscript><script>alert("title")</script>',
  sources: [
    { id: 'S1', publisher: 'Wire <b>&</b> Co', url: 'https://example.org/a?x=1&y="2"' },
    { id: 'S2', publisher: 'Trap', url: 'javascript:alert(1)' },
  ],
  events: [
    {
      id: 'e1',
      title: '<img src=x onerror=alert(1)> talks',
      start: '2025-03',
      location: { city: 'Gen<e>va', country: "Côte d'Ivoire" },
      sources: ['S1', 'S2'],
    },
  ],
};

describe('the list for readers without JavaScript', () => {
  const html = renderNoscriptList(hostile);

  it('shows every hostile title, place and publisher as text, never as markup', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    // Only the wrapper's own closing tag: the title cannot close the <noscript> early.
    expect(html.match(/<\/noscript>/g)).toHaveLength(1);
    expect(html).toContain('&lt;/noscript&gt;&lt;script&gt;alert(&quot;title&quot;)');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; talks');
    expect(html).toContain('Gen&lt;e&gt;va');
    expect(html).toContain('Wire &lt;b&gt;&amp;&lt;/b&gt; Co');
  });

  it('links http(s) sources only, with escaped addresses', () => {
    expect(html).toContain('<a href="https://example.org/a?x=1&amp;y=%222%22"');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('· Trap');
  });

  it('keeps the precision of a date: a month-only event says so', () => {
    expect(html).toContain('<time datetime="2025-03">March 2025 (day not known)</time>');
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('lists every curated event (2014–2026), in time order, each with its sources', () => {
    const curated = JSON.parse(
      readFileSync(new URL('../../data/chronology.json', import.meta.url), 'utf8'),
    ) as Chronology;
    const list = renderNoscriptList(curated);
    expect(list.match(/<li>/g)).toHaveLength(curated.events.length);
    expect(list).toContain('Witkoff meets Putin in Moscow');
    const items = list.split('<li>').slice(1);
    expect(items.every((item) => /<a href="https?:\/\//.test(item))).toBe(true);
  });
});
