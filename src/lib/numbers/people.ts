/**
 * Who took part, keyed as the participant filter keys them (`person=`): a person's id when the
 * dataset's `people` lists them, else the plain name the data gave. Pure.
 */
import type { ChronologyEvent, Person } from '../model/types';

/** The participant keys of an event, each once. */
export function participantKeys(event: Pick<ChronologyEvent, 'participants'>): string[] {
  const keys = (event.participants ?? []).map((p) => (typeof p === 'string' ? p : p.person));
  return [...new Set(keys)];
}

/** The name to show for a key: the registered person's name, else the key itself. */
export function personName(key: string, people: ReadonlyMap<string, Person>): string {
  return people.get(key)?.name ?? key;
}
