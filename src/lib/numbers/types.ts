/**
 * What the "talks in numbers" aggregations read: an event's whole record (its figures and
 * participants) with its parsed start. The panel zips the selection's views with the records
 * it reads through EventBodies; a FullEventView is one too.
 */
import type { PartialDate } from '../model/dates';
import type { ChronologyEvent } from '../model/types';

export interface CountedEvent {
  readonly event: ChronologyEvent;
  readonly start: PartialDate;
}
