/**
 * TimelineJS3 JSON: `{ title?, events: [{ start_date, end_date?, text, media?, group?,
 * display_date?, unique_id?, background? }], eras? }`. The title slide names the chronology,
 * eras become eras (./timelinejs-eras.ts), and a slide becomes an event as
 * timelinejs-event.ts describes, whatever TimelineJS itself accepts: no unique_id, an empty or
 * repeated one, no headline.
 */
import { IdPool, slugId } from './ids';
import {
  dateFromParts,
  plain,
  plainLine,
  Tally,
  timeFromParts,
  timelineEvent,
  type DateParts,
} from './timelinejs-event';
import { locateEra, timelineEras, type ConvertedEras, type EraInput } from './timelinejs-eras';
import { isUsableId } from '../model/validate';
import { MediaTally, timelineStory, type Slide } from './timelinejs-story';
import type { Draft, DraftProblem } from './types';

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(slide: Obj): Obj {
  return isObject(slide['text']) ? slide['text'] : {};
}

/** Where in the TimelineJS file each Parley field came from. */
const FIELD_SOURCE: Record<string, string> = {
  id: 'unique_id',
  title: 'text.headline',
  summary: 'text.text',
  start: 'start_date',
  end: 'end_date',
  track: 'group',
  sources: 'text.text',
  notes: 'display_date',
};

const ERA_FIELD_SOURCE: Record<string, string> = {
  title: 'text.headline',
  summary: 'text.text',
  start: 'start_date',
  end: 'end_date',
};

export function convertTimelineJson(json: Obj): Draft {
  const problems: DraftProblem[] = [];
  const tally = new Tally();
  /** For each Parley era, its index in the file's `eras` (eras with unreadable dates are left out). */
  let eraIndex: number[] = [];
  const draft: Draft = {
    format: 'timelinejs-json',
    problems,
    warnings: [],
    locate: (path) => {
      const era = locateEra(path, eraIndex, eraWhere);
      if (era) return era;
      const m = /^events\[(\d+)\](?:\.(\w+))?/.exec(path);
      if (!m) {
        if (path === 'title') return { where: 'title.text.headline', order: -1 };
        if (path === 'description') return { where: 'title.text.text', order: -1 };
        return { where: path || 'file', order: -1 };
      }
      const index = Number(m[1]);
      const field = m[2] ? `.${FIELD_SOURCE[m[2]] ?? m[2]}` : '';
      return { where: `events[${index}]${field}`, order: index };
    },
  };
  const list = json['events'];
  if (!Array.isArray(list)) {
    problems.push({ where: 'events', order: -1, message: 'must be a list of TimelineJS events' });
    return draft;
  }
  if (list.length === 0) {
    problems.push({ where: 'events', order: -1, message: 'is empty: there is nothing to import' });
    return draft;
  }

  // A unique_id is kept where Parley can use it; TimelineJS also takes numbers, blanks
  // (exported slides often have "unique_id": "") and repeats, which get ids of their own.
  const ids = new IdPool();
  const given = list.map((item) => (isObject(item) ? usableId(item['unique_id']) : undefined));
  for (const id of given) if (id !== undefined) ids.reserve(id);
  const kept = new Set<string>();
  const slides: Slide[] = [];
  const events: Obj[] = list.map((item, i) => {
    const at = `events[${i}]`;
    if (!isObject(item)) {
      problems.push({ where: at, order: i, message: 'must be an object' });
      return {};
    }
    const before = problems.length;
    const start = dateOf(item, 'start_date', at, i, problems);
    if (start.date === undefined && problems.length === before) {
      problems.push({ where: `${at}.start_date`, order: i, message: 'is missing', field: 'start' });
    }
    const end = dateOf(item, 'end_date', at, i, problems);
    if (item['background'] !== undefined) tally.backgrounds++;
    const uniqueId = given[i];
    const id = uniqueId !== undefined && !kept.has(uniqueId) ? uniqueId : undefined;
    if (id !== undefined) kept.add(id);
    else if (!isBlankId(item['unique_id'])) tally.idsChanged++;
    const event = timelineEvent(
      {
        id,
        headline: textOf(item)['headline'],
        text: textOf(item)['text'],
        group: item['group'],
        start: start.date,
        end: end.date,
        startTime: start.time,
        endTime: end.time,
        displayDate:
          item['display_date'] ?? (item['start_date'] as Obj | undefined)?.['display_date'],
      },
      tally,
    );
    if (event['id'] === undefined) {
      // An untitled slide's title is made from its date: its id would say the date twice.
      const titled = plain(textOf(item)['headline'], new Tally()) !== undefined;
      const title = titled && typeof event['title'] === 'string' ? event['title'] : 'untitled';
      event['id'] = ids.unique(slugId(title, start.date ?? ''));
    }
    slides.push({ event, media: item['media'] });
    return event;
  });

  const chronology: Draft['chronology'] = { events };
  const cover = isObject(json['title']) ? json['title'] : undefined;
  const title = cover && plainLine(textOf(cover)['headline'], tally);
  const description = cover && plain(textOf(cover)['text'], tally);
  if (title !== undefined) chronology['title'] = title;
  if (description !== undefined) chronology['description'] = description;
  const { eras, inputIndex } = erasOf(json['eras'], problems, tally);
  eraIndex = inputIndex;
  if (eras.length) chronology['eras'] = eras;
  // The telling, once every slide is an event: a file with problems imports nothing anyway.
  const media = new MediaTally();
  if (problems.length === 0)
    chronology['stories'] = [
      timelineStory(
        { headline: title, text: description, media: cover?.['media'] },
        slides,
        tally,
        media,
      ),
    ];
  draft.chronology = chronology;
  draft.warnings = [
    ...tally.warnings(),
    ...(problems.length === 0 ? media.warnings(slides.length + 1) : []),
  ];
  return draft;
}

function dateOf(
  item: Obj,
  key: 'start_date' | 'end_date',
  at: string,
  order: number,
  problems: DraftProblem[],
): { date?: string; time?: string } {
  const value = item[key];
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    problems.push({
      where: `${at}.${key}`,
      order,
      message: 'must be an object with a year',
      field: key === 'start_date' ? 'start' : 'end',
    });
    return {};
  }
  const parts: DateParts = { year: value['year'], month: value['month'], day: value['day'] };
  const date = dateFromParts(
    parts,
    key === 'start_date' ? 'start' : 'end',
    (part) => `${at}.${key}.${part}`,
    order,
    problems,
  );
  const time = timeFromParts(value, (part) => `${at}.${key}.${part}`, order, problems);
  return { date, time };
}

/** A unique_id as Parley can keep it: text or a number, not blank, a usable id; else undefined. */
function usableId(value: unknown): string | undefined {
  const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  return typeof id === 'string' && isUsableId(id) ? id : undefined;
}

/** Absent, empty or only spaces: TimelineJS makes an id of its own, and so does Parley, quietly. */
function isBlankId(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** The file's eras as Parley eras; an era whose dates cannot be read is a problem, not dropped. */
function erasOf(value: unknown, problems: DraftProblem[], tally: Tally): ConvertedEras {
  if (value === undefined || value === null) return { eras: [], inputIndex: [] };
  if (!Array.isArray(value)) {
    problems.push({ where: 'eras', order: -1, message: 'must be a list of TimelineJS eras' });
    return { eras: [], inputIndex: [] };
  }
  const inputs: EraInput[] = value.map((item, i) => {
    const at = `eras[${i}]`;
    if (!isObject(item)) {
      problems.push({ where: at, order: -1, message: 'must be an object' });
      return { headline: undefined, text: undefined };
    }
    const before = problems.length;
    const start = dateOf(item, 'start_date', at, -1, problems);
    if (start.date === undefined && problems.length === before)
      problems.push({ where: `${at}.start_date`, order: -1, message: 'is missing' });
    const end = dateOf(item, 'end_date', at, -1, problems);
    return {
      headline: textOf(item)['headline'],
      text: textOf(item)['text'],
      start: start.date,
      end: end.date,
    };
  });
  return timelineEras(inputs, tally, problems, (i) => eraWhere(i, undefined));
}

/** `eras[2].start_date`: an era's field in the file's own terms. */
function eraWhere(index: number, field: string | undefined): string {
  return `eras[${index}]${field ? `.${ERA_FIELD_SOURCE[field] ?? field}` : ''}`;
}
