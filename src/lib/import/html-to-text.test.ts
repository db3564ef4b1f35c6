import { describe, expect, it } from 'vitest';
import { htmlToText, tidyWhitespace } from './html-to-text';

/** The validator's test for markup: what must never survive. */
const MARKUP = /<\s*[a-zA-Z!/?]/;

describe('htmlToText', () => {
  it('drops scripts and styles with everything inside them', () => {
    const { text, changed } = htmlToText(
      'Before<script type="text/javascript">alert("x")</script><STYLE>p{color:red}</STYLE> after',
    );
    expect(text).toBe('Before after');
    expect(changed).toBe(true);
  });

  it('drops an unclosed script and what follows it, as a browser would', () => {
    expect(htmlToText('Talks<script>steal()').text).toBe('Talks');
  });

  it('turns paragraphs, line breaks and list items into line breaks', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p><ul><li>a</li><li>b</li></ul>').text).toBe(
      'One\n\nTwo\nThree\n\na\nb',
    );
  });

  it('decodes named and numeric entities', () => {
    expect(
      htmlToText('Trump&rsquo;s &amp; Putin&#8217;s &#x2014; &quot;talks&quot;&nbsp;end').text,
    ).toBe('Trump’s & Putin’s — "talks" end');
  });

  it('keeps an unknown entity and a lone ampersand as written', () => {
    expect(htmlToText('AT&T &bogus; a & b').text).toBe('AT&T &bogus; a & b');
  });

  it('shows escaped tags as text that can never read as markup', () => {
    const { text } = htmlToText('Use &lt;script&gt; tags &lt;b&gt;here&lt;/b&gt;');
    expect(text).toBe('Use ‹script> tags ‹b>here‹/b>');
    expect(MARKUP.test(text)).toBe(false);
  });

  it('leaves comparisons the validator accepts alone', () => {
    const { text, changed } = htmlToText('a <= b, 3 <4, x<-y');
    expect(text).toBe('a <= b, 3 <4, x<-y');
    expect(changed).toBe(false);
  });

  it('changes "a < b", which the validator reads as a tag opening, to "a ‹ b"', () => {
    expect(htmlToText('a < b').text).toBe('a ‹ b');
  });

  it('keeps the words of a tag that never closes, without the "<"', () => {
    const { text } = htmlToText('Talks <b in Geneva');
    expect(text).toBe('Talks ‹b in Geneva');
    expect(MARKUP.test(text)).toBe(false);
  });

  it('removes comments, nested and broken tags until nothing tag-like is left', () => {
    for (const html of [
      '<<b>script>alert(1)<</b>/script>',
      '<!-- hidden -->shown',
      '<!-- never closed',
      '<img src=x onerror=alert(1)>',
      '< script>x</ script>',
      '<svg><script>1</script></svg>after',
      '&lt;&lt;b&gt;b&gt;',
    ]) {
      expect(MARKUP.test(htmlToText(html).text), html).toBe(false);
    }
  });

  it('collects http(s) links with their text, and refuses other schemes', () => {
    const { links } = htmlToText(
      '<a href="https://example.org/a?x=1&amp;y=2">Report</a> <a href=\'javascript:alert(1)\'>bad</a> <a href=http://e.org/b>b</a> <a>none</a>',
    );
    expect(links).toEqual([
      { url: 'https://example.org/a?x=1&y=2', label: 'Report' },
      { url: 'http://e.org/b', label: 'b' },
    ]);
  });

  it('says nothing changed for plain text', () => {
    expect(htmlToText('Witkoff meets Putin').changed).toBe(false);
  });

  it('stays fast on a text full of unclosed tags (linear, not quadratic)', () => {
    const text = htmlToText('<a'.repeat(200_000)).text;
    expect(text.length).toBe(400_000);
  });
});

describe('tidyWhitespace', () => {
  it('keeps at most one blank line and no spaces at line ends', () => {
    expect(tidyWhitespace('  a  \t b \r\n\r\n\r\n\n c  ')).toBe('a b\n\nc');
  });
});
