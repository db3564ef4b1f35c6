/**
 * A TimelineJS timeline is a story: a title slide, then a slide per event, read in date order
 * with Next and Previous. Imported, it becomes a Parley story over the events it made (the
 * title slide its title step, each slide a step, in the order TimelineJS shows them), so a
 * journalist's timeline keeps its telling, not only its dates.
 *
 * Media: Parley shows images. An image URL (or a Wikimedia Commons file page) becomes the
 * step's image, its caption and credit
 * kept; its alt text, when the file has none (older TimelineJS files never do), is the caption
 * or the headline, and the preview says to check it. Video, audio, maps, posts and embeds
 * cannot be shown: their links are kept in the step's text, so nothing the author linked is
 * lost. A media "URL" that is not an http(s) address (a relative path, a data: URL) is left out
 * and counted.
 */
import { parseDate } from '../model/dates';
import type { Story, StoryMedia, StoryStep } from '../model/types';
import { slugId } from './ids';
import { plain, type Tally } from './timelinejs-event';

/** What the story needs of a slide: the event it became, and its media as the file has it. */
export interface Slide {
  event: Record<string, unknown>;
  media?: unknown;
}

/** The media fields both TimelineJS forms carry (JSON `media`, the sheet's Media columns). */
export interface MediaFields {
  url?: unknown;
  caption?: unknown;
  credit?: unknown;
  alt?: unknown;
}

/** What the story made of the file's media, for the preview's warnings. */
export class MediaTally {
  images = 0;
  /** Images whose alt text was taken from their caption or headline. */
  altGuessed = 0;
  /** Video, audio, maps, posts and embeds: kept as links in the step's text. */
  linked = 0;
  /** Media that was not an http(s) address. */
  dropped = 0;

  warnings(steps: number): string[] {
    const out = [
      `The slides became a story of ${steps.toLocaleString('en')} steps, in the order TimelineJS shows them: open it under the dataset's title.`,
    ];
    if (this.images)
      out.push(
        `Images became the story's images: ${this.images.toLocaleString('en')}.` +
          (this.altGuessed
            ? this.altGuessed === 1
              ? ' 1 had no alt text: its caption or headline stands in; check that it says what the image shows.'
              : ` ${this.altGuessed.toLocaleString('en')} had no alt text: their caption or headline stands in; check that it says what each image shows.`
            : ''),
      );
    if (this.linked)
      out.push(
        `Video, audio, maps, posts and embeds cannot be shown: ${this.linked.toLocaleString('en')} ${this.linked === 1 ? 'link was' : 'links were'} kept in the step's text.`,
      );
    if (this.dropped)
      out.push(
        `Media that is not an http(s) address was left out: ${this.dropped.toLocaleString('en')}.`,
      );
    return out;
  }
}

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
/** Google's photo hosts serve images without an extension, as TimelineJS knows. */
const IMAGE_HOST = /(?:^|\.)googleusercontent\.com$/i;
/** An address inside an HTML embed (`<iframe src=…>`, `<blockquote>…<a href=…>`). */
const EMBEDDED_URL = /(?:src|href)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i;

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The address a media field points at: itself, or the first one inside an HTML embed. */
function mediaUrl(raw: unknown): URL | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (text.startsWith('<')) {
    const inner = EMBEDDED_URL.exec(text)?.[1];
    return inner ? httpUrl(inner) : undefined;
  }
  return httpUrl(text);
}

/** A Wikimedia Commons file page (`/wiki/File:…`), which TimelineJS shows as its image. */
const COMMONS_FILE = /^\/wiki\/File:(.+)$/;

/**
 * The image `url` shows, if it is one: an image file, or a Commons file page, whose image
 * Wikimedia serves at Special:FilePath.
 */
function imageUrl(url: URL): URL | undefined {
  const commons = url.hostname === 'commons.wikimedia.org' && COMMONS_FILE.exec(url.pathname);
  if (commons) return new URL(`https://commons.wikimedia.org/wiki/Special:FilePath/${commons[1]}`);
  if (url.hostname.endsWith('wikipedia.org') || url.hostname.endsWith('wikimedia.org'))
    return url.hostname === 'upload.wikimedia.org' && IMAGE_PATH.test(url.pathname)
      ? url
      : undefined;
  return IMAGE_PATH.test(url.pathname) || IMAGE_HOST.test(url.hostname) ? url : undefined;
}

/** A slide's media as a step's image, or as a line of text; undefined when it has none. */
function convertMedia(
  fields: MediaFields | undefined,
  headline: string,
  tally: Tally,
  media: MediaTally,
): { image?: StoryMedia; line?: string } {
  if (!fields || fields.url === undefined || fields.url === null || fields.url === '') return {};
  const url = mediaUrl(fields.url);
  if (!url) {
    media.dropped++;
    return {};
  }
  const caption = plain(fields.caption, tally);
  const credit = plain(fields.credit, tally);
  const image = imageUrl(url);
  if (image) {
    media.images++;
    const alt = plain(fields.alt, tally);
    if (alt === undefined) media.altGuessed++;
    return {
      image: {
        url: image.href,
        alt: alt ?? caption ?? headline,
        ...(caption ? { caption } : {}),
        ...(credit ? { credit } : {}),
      },
    };
  }
  media.linked++;
  const about = [caption, credit && `(${credit})`].filter(Boolean).join(' ');
  return { line: `${about ? `${about}: ` : 'Media: '}${url.href}` };
}

/** `text` with a line added as its last paragraph. */
function withLine(text: string | undefined, line: string | undefined): string | undefined {
  if (!line) return text;
  return text ? `${text}\n\n${line}` : line;
}

function mediaFields(value: unknown): MediaFields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as MediaFields)
    : undefined;
}

/**
 * The story of `slides` (events already made, each with its `id`, `title`, `start`), with the
 * title slide's headline, text and media when the file has one.
 */
export function timelineStory(
  title: { headline?: string; text?: string; media?: unknown } | undefined,
  slides: readonly Slide[],
  tally: Tally,
  media: MediaTally,
): Story {
  // TimelineJS shows its slides by date whatever order the file lists them in; ties keep it.
  const ordered = slides
    .map((slide, i) => ({ slide, i, at: startMs(slide.event['start']) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ slide }) => slide);
  const steps: StoryStep[] = ordered.map(({ event, media: raw }) => {
    const headline = String(event['title']);
    const converted = convertMedia(mediaFields(raw), headline, tally, media);
    const summary = typeof event['summary'] === 'string' ? event['summary'] : undefined;
    const text = withLine(summary, converted.line);
    return {
      event: String(event['id']),
      headline,
      ...(text ? { text } : {}),
      ...(converted.image ? { media: converted.image } : {}),
    };
  });
  const heading = title?.headline ?? 'The timeline, slide by slide';
  const cover = convertMedia(mediaFields(title?.media), heading, tally, media);
  const text = withLine(title?.text, cover.line);
  return {
    id: title?.headline ? slugId(title.headline, '') : 'timeline',
    title: heading,
    ...(text ? { text } : {}),
    ...(cover.image ? { media: cover.image } : {}),
    steps,
  };
}

function startMs(start: unknown): number {
  if (typeof start !== 'string') return Number.POSITIVE_INFINITY;
  const parsed = parseDate(start);
  return parsed.ok ? parsed.date.startMs : Number.POSITIVE_INFINITY;
}
