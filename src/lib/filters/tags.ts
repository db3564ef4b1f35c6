/**
 * Tags as filters: the dataset's tags for the filter panel, and what a click on a tag chip
 * does to the filters. Pure.
 */
import type { ChronologyEvent } from '../model/types';
import type { Filters } from './filters';

export interface TagOption {
  tag: string;
  /** Events with this tag in the whole dataset. */
  count: number;
}

/** Every tag of the dataset with its count, alphabetically: an order that filtering never moves. */
export function datasetTags(events: readonly Pick<ChronologyEvent, 'tags'>[]): TagOption[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const tags = event.tags;
    if (!tags) continue;
    // A tag given twice counts once; no Set per event, as this runs before the first draw.
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i];
      if (tag && tags.indexOf(tag) === i) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => a.tag.localeCompare(b.tag, 'en'));
}

/** A click on a chip: the events with that tag, under the other filters. */
export function filterByTag(filters: Filters, tag: string): Filters {
  return { ...filters, tag: [tag] };
}

/** The panel's "add a tag": one more tag, any of which an event may carry. */
export function addTag(filters: Filters, tag: string): Filters {
  const tags = filters.tag ?? [];
  return tags.includes(tag) ? filters : { ...filters, tag: [...tags, tag] };
}

export function removeTag(filters: Filters, tag: string): Filters {
  const rest = (filters.tag ?? []).filter((t) => t !== tag);
  return { ...filters, tag: rest.length ? rest : undefined };
}
