/**
 * TimelineJS3 JSON: `{ title?, events: [{ start_date, end_date?, text, media?, group?,
 * display_date?, unique_id?, background? }], eras? }`. The title slide names the chronology;
 * the rest follows timelinejs-event.ts.
 */
import { IdPool, slugId } from './ids';
import {
  dateFromParts,
  plain,
  Tally,
  timeFromParts,
  timelineEvent,
  type DateParts,
} from './timelinejs-event';
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

export function convertTimelineJson(json: Obj): Draft {
  const problems: DraftProblem[] = [];
  const tally = new Tally();
  const draft: Draft = {
    format: 'timelinejs-json',
    problems,
    warnings: [],
    locate: (path) => {
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

  const ids = new IdPool();
  for (const item of list) {
    if (isObject(item) && typeof item['unique_id'] === 'string') ids.reserve(item['unique_id']);
  }
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
    if (item['media'] !== undefined) tally.media++;
    if (item['background'] !== undefined) tally.backgrounds++;
    const uniqueId = item['unique_id'];
    const event = timelineEvent(
      {
        id: typeof uniqueId === 'string' ? uniqueId : undefined,
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
    if (uniqueId !== undefined && typeof uniqueId !== 'string') {
      problems.push({ where: `${at}.unique_id`, order: i, message: 'must be text', field: 'id' });
    }
    if (event['id'] === undefined) {
      const title = typeof event['title'] === 'string' ? event['title'] : '';
      event['id'] = ids.unique(slugId(title, start.date ?? ''));
    }
    return event;
  });

  const chronology: Draft['chronology'] = { events };
  if (isObject(json['title'])) {
    const title = plain(textOf(json['title'])['headline'], tally);
    const description = plain(textOf(json['title'])['text'], tally);
    if (title !== undefined) chronology['title'] = title;
    if (description !== undefined) chronology['description'] = description;
    if (json['title']['media'] !== undefined) tally.media++;
  }
  if (Array.isArray(json['eras'])) tally.eras += json['eras'].length;
  draft.chronology = chronology;
  draft.warnings = tally.warnings();
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
