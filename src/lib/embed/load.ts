/**
 * Where the embed gets its chronology: the curated file, or `data=<url>` (http(s) only,
 * validated like any import). Nothing is stored: an embed lives inside someone else's page,
 * so it keeps no IndexedDB, cookie or localStorage of its own (README "Embed").
 */
import { resolveDataUrl } from '../io/data-url';
import { LoadError } from '../io/fetch-text';
import type { Chronology } from '../model/types';
import type { ViewState } from '../view/view-state';

export interface EmbedDeps {
  /** Downloads, parses and validates a chronology; `name` is how messages call it. */
  fetchChronology: (url: string, name: string) => Promise<Chronology>;
  /** Where the curated chronology file is served. */
  curatedUrl: string;
}

/** The chronology the embed's URL asks for, or a LoadError that says what failed and where. */
export async function loadEmbedChronology(
  view: ViewState,
  deps: EmbedDeps,
  base: string,
): Promise<Chronology> {
  if (view.dataset) {
    throw new LoadError(
      `The dataset "${view.dataset}" was imported into one browser and cannot be shown in an embed. Publish it as a JSON file and link it with data=.`,
    );
  }
  const url = view.data ? resolveDataUrl(view.data, base) : deps.curatedUrl;
  const name = view.data ? url : 'The curated chronology';
  return deps.fetchChronology(url, name);
}

/**
 * The chronology with only the events its author picked (`only=`). Ids the dataset no longer
 * has are skipped; when none is left, the frame says so rather than showing everything.
 */
export function onlyPicked(
  chronology: Chronology,
  only: readonly string[] | undefined,
): Chronology {
  if (!only?.length) return chronology;
  const picked = new Set(only);
  const events = chronology.events.filter((event) => picked.has(event.id));
  if (!events.length)
    throw new LoadError(
      `None of the ${only.length === 1 ? 'event' : `${only.length} events`} this frame was made to show is in the dataset any more (only=${only.slice(0, 3).join(', ')}${only.length > 3 ? ', …' : ''}).`,
    );
  return { ...chronology, events };
}
