/**
 * A readable title built from a URL, for a source whose headline was never seen: the words of
 * the address's slug, in sentence case ("…/us-envoy-arrives-in-moscow-a88113" → "US envoy
 * arrives in Moscow"). It is the last resort, so data marks it `titleFrom: "url"`, and exports
 * use it rather than write a citation with no title at all. Pure: same URL, same title.
 */
import type { Source } from './types';

/** Words that are written in capitals: agencies, alliances, countries by initials. */
const ACRONYMS = new Set(
  'us usa uk eu un nato osce iaea cia cnn cbs nbc abc bbc ap afp ft uae nsdc sbu tass ria g7 g20 nsa fm mfa gop'.split(
    ' ',
  ),
);

/** Acronyms that are also words in other languages (French and Italian "un"). */
const AMBIGUOUS_ACRONYMS = new Set(['un']);
/** Words that mark a slug as English, where "un" is the United Nations. */
const ENGLISH_HINTS = new Set(
  'the and of to in on with for says after over from at by is are'.split(' '),
);

/** Names a slug writes in lower case: people and places of these talks, and their adjectives. */
const NAMES = new Set(
  (
    'trump putin zelensky zelenskyy zelenskiy zelenski witkoff vitkoff whitkoff kushner rubio vance ' +
    'lavrov ushakov dmitriev umerov yermak driscoll peskov medinsky kellogg macron merkel starmer ' +
    'erdogan fidan budanov waltz biden blinken sullivan burns poroshenko steinmeier hollande ' +
    'scholz lukashenko kozak surkov volker nuland kuleba guterres grossi modi xi ' +
    'donald vladimir volodymyr steve jared marco rustem kirill sergei keir emmanuel ' +
    'ukraine ukrainian ukrainians russia russian russians moscow kyiv kiev kremlin washington ' +
    'riyadh jeddah istanbul ankara geneva alaska anchorage florida miami abu dhabi saudi arabia ' +
    'turkey turkiye türkiye qatar doha europe european europeans america american americans ' +
    'minsk normandy paris berlin belarus belarusian gomel donbas donbass donetsk luhansk crimea ' +
    'zaporizhzhia odesa china chinese india switzerland swiss burgenstock bürgenstock vatican ' +
    'israel gaza knesset hannity axios reuters bloomberg politico europa dolmabahce thanksgiving ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june ' +
    'july august september october november december'
  ).split(' '),
);

/** Names whose slug form with a trailing s is a possessive ("putins" → "Putin's"). */
const POSSESSIVE = new Set(
  'trump putin zelensky zelenskyy witkoff kushner rubio driscoll ukraine russia europe america kremlin moscow'.split(
    ' ',
  ),
);

/** Two-word names. */
const PHRASES: [string[], string][] = [
  [['white', 'house'], 'White House'],
  [['black', 'sea'], 'Black Sea'],
  [['security', 'council'], 'Security Council'],
  [['mar', 'a', 'lago'], 'Mar-a-Lago'],
  [['united', 'states'], 'United States'],
  [['middle', 'east'], 'Middle East'],
  [['u', 's'], 'US'],
];

const CONTRACTIONS: Record<string, string> = {
  didnt: 'didn’t',
  dont: 'don’t',
  doesnt: 'doesn’t',
  isnt: 'isn’t',
  wasnt: 'wasn’t',
  arent: 'aren’t',
  hasnt: 'hasn’t',
  havent: 'haven’t',
  couldnt: 'couldn’t',
  wouldnt: 'wouldn’t',
  shouldnt: 'shouldn’t',
  theres: 'there’s',
};

const MONTH_BEFORE_NUMBER = 'may';
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** Segments that name a kind of page, not its subject ("view_news.php", "node"). */
const GENERIC = new Set(
  'view news article articles print page index detail story post node amp en'.split(' '),
);

/** A token that is an id, not a word: all digits, or digits mixed with letters ("a88113"). */
function isIdToken(token: string): boolean {
  if (/^\d+$/.test(token)) return true;
  if (/^\d+(st|nd|rd|th|s)$/.test(token)) return false; // 1st, 5th, 1990s
  return /\d/.test(token) && token.length >= 5;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The words of one path segment, ids and file extensions trimmed off both ends. */
function segmentWords(segment: string): string[] {
  const words = decode(segment)
    .replace(/\.(html?|shtml|php|aspx?)$/i, '')
    .toLowerCase()
    .split(/[-_+\s.]+/)
    .filter((word) => word !== '');
  while (words.length && isIdToken(words[0] as string)) words.shift();
  while (words.length && (isIdToken(words.at(-1) as string) || words.at(-1) === 'amp')) {
    // "…-may-2025" keeps its year: it is part of what the slug says.
    const isYear = /^\d{4}$/.test(words.at(-1) as string);
    if (isYear && MONTHS.has(words.at(-2) ?? '')) break;
    words.pop();
  }
  return words.every((word) => GENERIC.has(word)) ? [] : words;
}

const isWord = (token: string) => /\p{L}/u.test(token) && !isIdToken(token);

/** The path segment that reads most like a headline: the one with the most words (the last on a tie). */
function slugWords(url: URL): string[] {
  let best: string[] = [];
  for (const segment of url.pathname.split('/')) {
    const words = segmentWords(segment);
    if (words.filter(isWord).length >= 2 && words.length >= best.length) best = words;
  }
  return best;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function styleWord(
  word: string,
  next: string | undefined,
  names: Set<string>,
  english: boolean,
): string {
  if (ACRONYMS.has(word) && (english || !AMBIGUOUS_ACRONYMS.has(word))) return word.toUpperCase();
  if (CONTRACTIONS[word]) return CONTRACTIONS[word];
  if (NAMES.has(word) || names.has(word)) return capitalize(word);
  if (word.endsWith('s') && POSSESSIVE.has(word.slice(0, -1)))
    return `${capitalize(word.slice(0, -1))}’s`;
  if (word === MONTH_BEFORE_NUMBER && next !== undefined && /^\d/.test(next))
    return capitalize(word);
  return word;
}

const isName = (word: string | undefined, names: Set<string>) =>
  word !== undefined && (NAMES.has(word) || names.has(word));

function styleWords(words: string[], names: Set<string>): string {
  const english = words.some((word) => ENGLISH_HINTS.has(word));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASES.find(([parts]) => parts.every((part, j) => words[i + j] === part));
    if (phrase) {
      out.push(phrase[1]);
      i += phrase[0].length - 1;
      continue;
    }
    const word = words[i] as string;
    // "trump-s-concessions": the apostrophe of "Trump's" became a dash. After any other word a
    // lone "s" is a word of its own (Russian "s", with).
    if (word === 's' && out.length && isName(words[i - 1], names)) out.push(`${out.pop()}’s`);
    else out.push(styleWord(word, words[i + 1], names, english));
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface SlugTitleOptions {
  /** More words to capitalise, lower case: e.g. the surnames of a dataset's people. */
  names?: Iterable<string>;
}

/**
 * The title a URL's slug gives, or, when the address has no words (`tass.com/world/2052239`,
 * `?p=374972`), its host and path without the query: still says what the link is.
 */
export function slugTitle(url: string, options: SlugTitleOptions = {}): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const names = new Set([...(options.names ?? [])].map((name) => name.toLowerCase()));
  const words = slugWords(parsed);
  if (words.length) return styleWords(words, names);
  const host = parsed.hostname.replace(/^www\./, '').replace(/\.$/, '');
  const path = decode(parsed.pathname).replace(/\/+$/, '');
  return host + path;
}

/** A source's title for a citation: its own, else the one its URL gives. Never empty. */
export function citationTitle(source: Source, options?: SlugTitleOptions): string {
  return source.title?.trim() || slugTitle(source.url, options);
}
