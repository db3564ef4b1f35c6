/**
 * HTML → plain text for imported TimelineJS and vis-timeline texts, which may hold HTML.
 * Parley shows text only and its validator refuses anything tag-like, so markup is turned into
 * the text a reader would have seen: scripts and styles vanish with their content, paragraphs
 * and line breaks become line breaks, other tags disappear, entities are decoded.
 *
 * A hand-written scanner, not DOMParser: it must run in Node (Vitest has no DOM), it must never
 * execute or fetch anything, and it runs in linear time whatever the input (a regex such as
 * `<[^>]*>` is quadratic on a text full of "<a" without ">").
 */

export interface HtmlText {
  text: string;
  /** True when markup or entities were found, so the caller can count conversions. */
  changed: boolean;
  /** http(s) links from `<a href>`, in order, with the link's own text (may be empty). */
  links: { url: string; label: string }[];
}

/** Same as the validator's MARKUP_PATTERN: what Parley refuses in any string. */
const MARKUP_OPENING = /<(?=\s*[a-zA-Z!/?])/g;
/** Shown instead of "<" in text that would read as a tag: the words stay, the markup does not. */
const SAFE_ANGLE = '‹';

/** Elements whose content is not text a reader sees. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
]);

/** Elements that start or end a line of text. */
const BLOCK = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'pre',
]);

const LINE_ITEMS = new Set(['li', 'dt', 'dd', 'tr']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  ccedil: 'ç',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  szlig: 'ß',
  Aacute: 'Á',
  Eacute: 'É',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
  Ccedil: 'Ç',
};

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/y;
const TAG_NAME = /\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/y;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

function codePoint(n: number): string {
  // NUL, surrogates and beyond Unicode are what the HTML spec replaces, too.
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Decode one entity at `i` (text[i] is "&"); undefined when it is not one we know. */
function entityAt(text: string, i: number): { value: string; length: number } | undefined {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (!m) return undefined;
  if (m[1] !== undefined) return { value: codePoint(Number(m[1])), length: m[0].length };
  if (m[2] !== undefined) return { value: codePoint(parseInt(m[2], 16)), length: m[0].length };
  const named = NAMED_ENTITIES[m[3]!];
  return named === undefined ? undefined : { value: named, length: m[0].length };
}

/** Decode entities in an attribute value (an href such as "?a=1&amp;b=2"). */
function decodeEntities(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '&') {
      const entity = entityAt(text, i);
      if (entity) {
        out += entity.value;
        i += entity.length - 1;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/** An http(s) link, normalised (percent-encoded, so it holds no "<"), or undefined. */
export function httpLink(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href;
}

/** Text → text a reader sees: no tags, entities decoded, whitespace tidied. */
export function htmlToText(html: string): HtmlText {
  const links: HtmlText['links'] = [];
  let out = '';
  let changed = false;
  let lower: string | undefined; // lower-cased copy, made only when a dropped element needs it
  /** Position of the next ">" at or after the scan, cached so the scan stays linear. */
  let nextGt = -2;
  let openLink: { url: string | undefined; start: number } | undefined;

  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '&') {
      const entity = entityAt(html, i);
      if (entity) {
        out += entity.value;
        i += entity.length;
        changed = true;
        continue;
      }
      out += ch;
      i++;
      continue;
    }
    if (ch !== '<' || !/[a-zA-Z!/?]/.test(html[i + 1] ?? '')) {
      out += ch;
      i++;
      continue;
    }
    // A comment, doctype, processing instruction or tag starts here.
    changed = true;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break; // an unclosed comment hides the rest, as in a browser
      i = end + 3;
      continue;
    }
    if (nextGt !== -1 && nextGt < i) nextGt = html.indexOf('>', i);
    if (nextGt === -1) {
      // "<b" with no ">" anywhere after it: not a tag, so keep the words but not the "<".
      out += SAFE_ANGLE;
      i++;
      continue;
    }
    const tag = html.slice(i + 1, nextGt);
    const after = nextGt + 1;
    TAG_NAME.lastIndex = 0;
    const nameMatch = TAG_NAME.exec(tag);
    const name = nameMatch?.[1]?.toLowerCase() ?? '';
    const closing = tag.startsWith('/');
    i = after;

    if (!closing && DROPPED_WITH_CONTENT.has(name) && !tag.endsWith('/')) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, after);
      if (close === -1) break; // an unclosed <script> takes the rest of the text with it
      const closeEnd = html.indexOf('>', close);
      if (closeEnd === -1) break;
      i = closeEnd + 1;
      continue;
    }
    if (name === 'a') {
      if (closing) {
        if (openLink?.url) links.push({ url: openLink.url, label: out.slice(openLink.start) });
        openLink = undefined;
      } else {
        const href = HREF.exec(tag);
        const raw = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
        openLink = { url: httpLink(decodeEntities(raw)), start: out.length };
      }
      continue;
    }
    // A list item starts a line; its end need not add another (no blank line between items).
    if (BLOCK.has(name) && !(closing && LINE_ITEMS.has(name))) out += '\n';
  }
  if (openLink?.url) links.push({ url: openLink.url, label: out.slice(openLink.start) });

  const safe = neutralise(out);
  return {
    text: tidyWhitespace(safe),
    changed: changed || safe !== out,
    links: links.map((link) => ({ url: link.url, label: tidyWhitespace(neutralise(link.label)) })),
  };
}

/** Decoded "&lt;b&gt;" is text the author meant to show; it must not read as a tag. */
function neutralise(text: string): string {
  return text.includes('<') ? text.replace(MARKUP_OPENING, SAFE_ANGLE) : text;
}

/**
 * A title's text on one line. A headline written with a `<br>` or a line break ("Whitney
 * Houston<br/> 1963 - 2012") reads as words in a row: a title is one line wherever Parley
 * shows it (a chart label, the list's heading, a citation), and kept with its break it drew
 * as one run with no space between the words.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*\n+\s*/g, ' ').trim();
}

/** Runs of spaces become one; at most one blank line in a row; no spaces at line ends. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
