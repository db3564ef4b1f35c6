/**
 * "What changed since your last visit", as runes: the kept earlier curated version, the one on
 * screen, and what changed between them. The panel opens by itself until the reader says
 * "Got it" for this version; after that it opens only when asked, while the earlier version is
 * kept.
 */
import {
  changesSeen,
  markChangesSeen,
  PREVIOUS_CURATED_ID,
  readPreviousCurated,
  releaseKey,
} from '../db/curated-history';
import type { ParleyDb } from '../db/db';
import type { ChronologyDiff } from '../model/diff';
import type { Chronology } from '../model/types';
import { DEFAULT_VIEW, serializeViewState } from '../view/view-state';

export interface ChangesReport {
  previous: Chronology;
  current: Chronology;
  diff: ChronologyDiff;
}

export class WhatChangedState {
  /** Null when no earlier version is kept (or it is the one on screen). */
  report = $state.raw<ChangesReport | null>(null);
  open = $state(false);

  #db: ParleyDb | null = null;
  /** Numbers each load: a slower, older load must not overwrite a newer one's report. */
  #loads = 0;

  /**
   * Compare the kept earlier version with `current` (the curated chronology on screen). Never
   * rejects: the report is a convenience, and the chronology works without it.
   */
  async load(db: ParleyDb | null | Promise<ParleyDb | null>, current: Chronology): Promise<void> {
    const load = ++this.#loads;
    try {
      const database = await db;
      if (!database) return;
      const previous = await readPreviousCurated(database);
      const seen = await changesSeen(database, current);
      if (load !== this.#loads) return;
      if (!previous || releaseKey(previous) === releaseKey(current)) {
        this.clear();
        return;
      }
      // Fetched only when there is an earlier version to compare (src/lib/app/lazy.ts).
      const { diffChronologies } = await import('../model/diff');
      if (load !== this.#loads) return;
      const diff = diffChronologies(previous, current);
      this.#db = database;
      this.report = { previous, current, diff };
      this.open = !seen && diff.hasChanges;
    } catch {
      // Unreadable history: say nothing rather than something wrong.
    }
  }

  /** Another dataset is on screen: its changes are not the curated chronology's. */
  clear(): void {
    this.#loads++;
    this.report = null;
    this.open = false;
  }

  /** Set when the reader asked for the panel: it then takes the focus (and is cleared). */
  focusOnOpen = $state(false);

  show(): void {
    if (!this.report) return;
    this.open = true;
    this.focusOnOpen = true;
  }

  /** "Got it": closed, and not opened by itself again for this version. */
  async dismiss(): Promise<void> {
    this.open = false;
    const current = this.report?.current;
    if (!this.#db || !current) return;
    try {
      await markChangesSeen(this.#db, current);
    } catch {
      // Not remembered: the panel shows again on the next visit, which is harmless.
    }
  }
}

/** A removed event, in the kept earlier version where it still exists. */
export function linkToPrevious(id: string): string {
  return serializeViewState({ ...DEFAULT_VIEW, dataset: PREVIOUS_CURATED_ID, event: id });
}
