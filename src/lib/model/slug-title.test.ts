import { describe, expect, it } from 'vitest';
import { citationTitle, slugTitle } from './slug-title';

describe('slugTitle', () => {
  it.each([
    [
      'https://www.themoscowtimes.com/2025/02/21/trump-envoy-witkoff-says-he-met-with-putin-during-trip-to-russia-a88113',
      'Trump envoy Witkoff says he met with Putin during trip to Russia',
    ],
    [
      'https://www.hindustantimes.com/world-news/trump-says-russia-putin-ukraine-zelensky-to-immediately-start-negotiations-on-ceasefire-101747676553908.html',
      'Trump says Russia Putin Ukraine Zelensky to immediately start negotiations on ceasefire',
    ],
    [
      'https://www.caspiannews.com/news-detail/russia-and-us-agree-to-restore-embassy-staffing-amid-ukraine-conflict-talks-2025-2-19-0/',
      'Russia and US agree to restore embassy staffing amid Ukraine conflict talks',
    ],
    [
      'https://kyivindependent.com/i-didnt-make-any-progress-at-all-trump-says-following-call-with-putin-06-2025/',
      'I didn’t make any progress at all Trump says following call with Putin',
    ],
    [
      'https://www.orlandoecho.com/news/278159677/putins-latest-talks-with-trumps-envoy-what-we-know-so-far',
      'Putin’s latest talks with Trump’s envoy what we know so far',
    ],
    [
      'https://allthe.news/en/articles/zelensky-and-europe-seek-to-moderate-trump-s-concessions-to-russia-in-ukraine',
      'Zelensky and Europe seek to moderate Trump’s concessions to Russia in Ukraine',
    ],
    [
      'https://kureansiklopedi.com/en/detay/istanbul-negotiations-may-2025-390ed',
      'Istanbul negotiations May 2025',
    ],
    [
      'https://sfg.media/en/a/deal-nearly-ready-trump-zelensky-mar-a-lago',
      'Deal nearly ready Trump Zelensky Mar-a-Lago',
    ],
    [
      'https://www.anews.com.tr/world/2025/02/18/1st-session-of-russia-us-talks-concludes-in-saudi-arabia',
      '1st session of Russia US talks concludes in Saudi Arabia',
    ],
  ])('reads the slug of %s', (url, title) => {
    expect(slugTitle(url)).toBe(title);
  });

  it('reads "un" as the UN only in an English slug, and a lone "s" as a possessive only after a name', () => {
    expect(slugTitle('https://x.example/un-security-council-backs-the-minsk-package')).toBe(
      'UN Security Council backs the Minsk package',
    );
    expect(slugTitle('https://x.example/pourquoi-la-rencontre-laisse-un-gout-amer-a-macron')).toBe(
      'Pourquoi la rencontre laisse un gout amer a Macron',
    );
    expect(slugTitle('https://x.example/putin-pogovoril-po-telefonu-s-direktorom-cru')).toBe(
      'Putin pogovoril po telefonu s direktorom cru',
    );
  });

  it('ignores the query string and the fragment', () => {
    expect(
      slugTitle(
        'https://harici.com.tr/en/us-expresses-optimism-after-riyadh-talks-with-russia/?amp=1#top',
      ),
    ).toBe('US expresses optimism after Riyadh talks with Russia');
  });

  it('falls back to the host and path when the address has no words', () => {
    expect(slugTitle('https://tass.com/world/1942591')).toBe('tass.com/world/1942591');
    expect(slugTitle('https://euromaidanpress.com/?p=374972')).toBe('euromaidanpress.com');
    expect(slugTitle('https://www.novinite.com/view_news.php?id=235912')).toBe(
      'novinite.com/view_news.php',
    );
  });

  it('decodes percent-encoded words for the title (the URL itself is not touched)', () => {
    expect(
      slugTitle(
        'https://ria.ru/20150212/%D0%BC%D0%B8%D0%BD%D1%81%D0%BA-%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B.html',
      ),
    ).toBe('Минск переговоры');
  });

  it('capitalises extra names it is given, such as a dataset’s surnames', () => {
    expect(slugTitle('https://x.example/umerov-meets-hnatov-in-doha', { names: ['Hnatov'] })).toBe(
      'Umerov meets Hnatov in Doha',
    );
  });

  it('gives back a text that is not a URL as it is', () => {
    expect(slugTitle('not a url')).toBe('not a url');
  });
});

describe('citationTitle', () => {
  it('prefers the source’s own title, and builds one from the URL when there is none', () => {
    expect(citationTitle({ title: 'Headline', url: 'https://a.example/other-words-here' })).toBe(
      'Headline',
    );
    expect(citationTitle({ title: '  ', url: 'https://a.example/other-words-here' })).toBe(
      'Other words here',
    );
    expect(citationTitle({ url: 'https://a.example/other-words-here' })).toBe('Other words here');
  });
});
