/**
 * "Cite this view": one plain-text paragraph naming the dataset, its version, what is selected,
 * the view's link and the day it was read, e.g.
 * `US–Russia–Ukraine peace talks, 2025–2026 (version 1.0.1, updated 2026-11-28). 12 events
 * selected. Parley. https://…/?track=us-russia (accessed 28 November 2026).`
 * The accessed day is the UTC day, so the text is the same on every machine.
 */

import { monthName } from '../format/dates';

export interface CiteViewInput {
  title?: string;
  version?: string;
  /** The dataset's `updated` date, YYYY-MM-DD, as written. */
  updated?: string;
  /** The view's link (http(s) only; anything else is left out). */
  url?: string;
  accessed: Date;
  eventCount: number;
}

/** 28 November 2026, in UTC. */
export function formatAccessed(date: Date): string {
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1, true)} ${date.getUTCFullYear()}`;
}

export function citeView(input: CiteViewInput): string {
  const title = input.title?.trim() || 'Untitled chronology';
  const about = [
    input.version ? `version ${input.version}` : undefined,
    input.updated ? `updated ${input.updated}` : undefined,
  ].filter((part): part is string => part !== undefined);
  const heading = about.length ? `${title} (${about.join(', ')}).` : endSentence(title);
  const count = `${input.eventCount.toLocaleString('en')} ${input.eventCount === 1 ? 'event' : 'events'} selected.`;
  const link = isHttp(input.url) ? `${input.url} ` : '';
  return `${heading} ${count} Parley. ${link}(accessed ${formatAccessed(input.accessed)}).`;
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function isHttp(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
