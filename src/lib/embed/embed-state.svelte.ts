/**
 * The embed's state as runes: the shared view model (src/lib/view/view-model.svelte.ts) with
 * nothing stored — no database, no notes, no stars, no history entries (a frame that pushed
 * history would hijack the host page's Back button) — plus its link to the full app.
 */
import type { ViewHistory } from '../view/history';
import { ViewModel } from '../view/view-model.svelte';
import { loadEmbedChronology, onlyPicked, type EmbedDeps } from './load';
import { appLinkFor, appUrlBeside, searchOpening } from './options';

export class EmbedState extends ViewModel {
  /** The full app's address: "Open in Parley" links there with the same view. */
  appUrl = $state('');

  title = $derived(this.prepared?.chronology.title?.trim() || 'Untitled chronology');
  appLink = $derived(this.appUrl ? appLinkFor(this.view, this.appUrl) : '');

  constructor(history: ViewHistory) {
    super(history, { historyEntries: false, stars: false });
  }

  /**
   * Loads the chronology the view (read by `followUrl` first) asks for; `only`, the events its
   * author picked, narrows it to them.
   */
  async start(deps: EmbedDeps, only?: readonly string[]): Promise<void> {
    const href = this.history.href();
    this.appUrl = appUrlBeside(href);
    try {
      this.show(onlyPicked(await loadEmbedChronology(this.view, deps, href), only));
    } catch (error) {
      this.fail(error);
    }
  }

  /** The frame's own address, against which a relative `data=` or `beside=` resolves. */
  href(): string {
    return this.history.href();
  }

  /**
   * A story file names another dataset: the frame opens it in place, loading again at the
   * same address with `data=` set, and no history entry (the host page's Back stays its own).
   */
  openDataset(data: string): void {
    this.history.replace(searchOpening(this.history.read(), data));
    this.history.reload();
  }

  /** The full app's link to one event, in this view. */
  override linkTo(id: string): string {
    return appLinkFor({ ...this.view, event: id }, this.appUrl);
  }
}
