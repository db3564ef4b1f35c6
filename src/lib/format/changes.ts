/**
 * One line per change, as a reader scanning an update wants it: "Date: 6 Aug 2025 → 7 Aug 2025",
 * "Duration: 3 h → 2–3 h", "Sources: +1 (Reuters)". Dates keep their precision and format in
 * UTC or the data's own offset, like everywhere else in Parley.
 */
import type { EventDates, FieldChange } from '../model/diff';
import { mustParseDate } from '../model/dates';
import type { ChronologyEvent, Source } from '../model/types';
import type { Versioned } from '../model/version';
import { formatDateRange } from './dates';
import { formatFigure } from './figures';
import { placeLabel, statusLabel } from './labels';
import { releaseLabel } from './release';

/** "6 Aug 2025", "23–25 Mar 2025", "c. August 2025": an event's date as the list shows it. */
export function formatEventDates(dates: EventDates | ChronologyEvent): string {
  const start = mustParseDate(dates.start);
  const end = dates.end === undefined ? undefined : mustParseDate(dates.end);
  return formatDateRange(start, end, Boolean(dates.approximate));
}

/** "version 1.0.1 → 1.0.2", or both labels in full when either has no version number. */
export function releaseSpan(previous: Versioned, current: Versioned): string {
  if (previous.version && current.version) {
    return `version ${previous.version} → ${current.version}`;
  }
  return `${releaseLabel(previous)} → ${releaseLabel(current)}`;
}

const OTHER_NAMES: Record<string, string> = {
  kind: 'kind',
  track: 'channel',
  tags: 'tags',
  notes: 'notes',
  statusNote: 'status note',
  figures: 'figure sources or notes',
  'location.note': 'place note',
};

export function describeChange(change: FieldChange): string {
  switch (change.field) {
    case 'dates': {
      const before = formatEventDates(change.before);
      const after = formatEventDates(change.after);
      if (before !== after) return `Date: ${before} → ${after}`;
      return `Time zone: ${change.before.timeZone ?? 'not stated'} → ${change.after.timeZone ?? 'not stated'}`;
    }
    case 'title':
      return `Title: “${change.before}” → “${change.after}”`;
    case 'place':
      return `Place: ${placeLabel(change.before) ?? 'not stated'} → ${placeLabel(change.after) ?? 'not stated'}`;
    case 'participants': {
      const parts = [
        ...change.added.map((name) => `+ ${name}`),
        ...change.removed.map((name) => `− ${name}`),
        ...(change.changed.length ? [`details changed for ${change.changed.join(', ')}`] : []),
      ];
      return `Participants: ${parts.join('; ')}`;
    }
    case 'figures': {
      const side = (figures: typeof change.before) =>
        figures.length ? figures.map(formatFigure).join(' · ') : 'none';
      return `${measureLabel(change.measure)}: ${side(change.before)} → ${side(change.after)}`;
    }
    case 'sources': {
      const parts: string[] = [];
      if (change.added.length) parts.push(`+${change.added.length} (${names(change.added)})`);
      if (change.removed.length) parts.push(`−${change.removed.length} (${names(change.removed)})`);
      return `Sources: ${parts.join(', ')}`;
    }
    case 'status':
      return `Status: ${statusLabel(change.before) ?? 'not stated'} → ${statusLabel(change.after) ?? 'not stated'}`;
    case 'summary':
      return change.before === undefined
        ? 'Summary: added'
        : change.after === undefined
          ? 'Summary: removed'
          : 'Summary: rewritten';
    case 'other':
      return `Also changed: ${change.keys.map((key) => OTHER_NAMES[key] ?? key).join(', ')}`;
  }
}

/** "duration" → "Duration". */
function measureLabel(measure: string): string {
  return measure.charAt(0).toUpperCase() + measure.slice(1);
}

/** Who published them, or their site when the data does not say. */
function names(sources: Source[]): string {
  const each = sources.map((source) => {
    if (source.publisher) return source.publisher;
    try {
      return new URL(source.url).hostname.replace(/^www\./, '');
    } catch {
      return source.id ?? 'a source';
    }
  });
  return [...new Set(each)].join(', ');
}
