/**
 * Where the embed gets its chronology: the curated file, or `data=<url>` (http(s) only,
 * validated like any import). Nothing is stored: an embed lives inside someone else's page,
 * so it keeps no IndexedDB, cookie or localStorage of its own (README "Embed").
 */
import { resolveDataUrl } from '../io/data-url';
import { LoadError } from '../io/fetch-text';
import { parseChronology } from '../io/parse-chronology';
import type { Chronology } from '../model/types';
import type { ViewState } from '../view/view-state';

export interface EmbedDeps {
  fetchText: (url: string) => Promise<string>;
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
  const text = await deps.fetchText(url);
  return parseChronology(text, name);
}
