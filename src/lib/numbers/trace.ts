/**
 * Every number in the panel leads to its events: the filters that show them, built from the
 * filters already set (the panel counts the current selection, so each target narrows it).
 * Only the existing filter fields are used (filters.ts): the date range (`after`/`before`), the
 * kind, place and participant facets. Pure.
 *
 * Where the filters cannot say it exactly, they say a little more, never less: the date range
 * keeps events that overlap the month, so an event that runs into it from the month before, or
 * one known only to its year, is shown with the month's own events.
 */
import type { Filters } from '../filters/filters';
import { monthDays } from './months';

/** The later of two YYYY-MM-DD days (undefined is "no bound"). */
function later(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
function earlier(a: string | undefined, b: string): string {
  return a !== undefined && a < b ? a : b;
}

/** Narrow the date range to [after, before], inside any range already set. */
export function withinDays(filters: Filters, after: string, before: string): Filters {
  return {
    ...filters,
    after: later(filters.after, after),
    before: earlier(filters.before, before),
  };
}

/** A month's events; with `kind`, only that kind's. */
export function monthTarget(filters: Filters, month: string, kind?: string): Filters {
  const { after, before } = monthDays(month);
  const narrowed = withinDays(filters, after, before);
  return kind === undefined ? narrowed : { ...narrowed, kind: [kind] };
}

/** The events at any of `places` (one place, or a country's cities). */
export function placeTarget(filters: Filters, places: readonly string[]): Filters {
  return { ...filters, place: [...places] };
}

/**
 * The events `person` took part in. The people already ticked stay required when they can:
 * with "all of them", or a single person ticked, the result is "all of them plus this one";
 * "any of" several cannot be combined with one more person, so then the mediator alone is ticked.
 */
export function personTarget(filters: Filters, person: string): Filters {
  const ticked = filters.person.filter((p) => p !== person);
  if (ticked.length === 0) return { ...filters, person: [person] };
  if (filters.personMatch === 'all' || ticked.length === 1) {
    return { ...filters, person: [...ticked, person], personMatch: 'all' };
  }
  const { personMatch: _drop, ...rest } = filters;
  return { ...rest, person: [person] };
}

/** Two people's shared events between two days (a pair's interval: its two meetings). */
export function pairTarget(
  filters: Filters,
  pair: readonly [string, string],
  after?: string,
  before?: string,
): Filters {
  const shared: Filters = { ...filters, person: [...pair], personMatch: 'all' };
  return after && before ? withinDays(shared, after, before) : shared;
}

/** Where a number leads: the events behind it. */
export type Target =
  | { type: 'month'; month: string; kind?: string }
  | { type: 'place'; places: string[] }
  | { type: 'person'; person: string }
  | { type: 'pair'; pair: [string, string]; after: string; before: string }
  | { type: 'event'; id: string };

/** What following a target does: filter the timeline, or open one event. */
export type Follow = { filters: Filters } | { event: string };

export function follow(filters: Filters, target: Target): Follow {
  switch (target.type) {
    case 'month':
      return { filters: monthTarget(filters, target.month, target.kind) };
    case 'place':
      return { filters: placeTarget(filters, target.places) };
    case 'person':
      return { filters: personTarget(filters, target.person) };
    case 'pair':
      return { filters: pairTarget(filters, target.pair, target.after, target.before) };
    case 'event':
      return { event: target.id };
  }
}
