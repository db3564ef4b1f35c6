/**
 * The storage footer's state: the browser's answer about this site's storage, read on start and
 * again when the page comes back into view (usage grows as datasets are saved), and the
 * reader's "Keep my data" request.
 */
import {
  readStorageStatus,
  requestPersistence,
  type StorageManagerLike,
  type StorageStatus,
} from './storage-status';

export class StorageState {
  status = $state<StorageStatus | undefined>(undefined);
  /** The reader asked and the browser said no: say so instead of offering the same button. */
  refused = $state(false);
  asking = $state(false);

  /**
   * Each read's number: the answer of a read that started earlier but came back later (a refresh
   * begun just before "Keep my data", on a busy page) must not undo a newer one.
   */
  #reads = 0;

  constructor(private readonly storage: StorageManagerLike | undefined) {}

  async refresh(): Promise<void> {
    const read = ++this.#reads;
    const status = await readStorageStatus(this.storage);
    if (read === this.#reads) this.status = status;
  }

  async ask(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    try {
      const status = await requestPersistence(this.storage);
      // The browser's answer is the newest word: a refresh begun while it was asked (the
      // dataset list changing, on a busy page) may have read "not yet" and must not undo it.
      this.#reads++;
      this.status = status;
      this.refused = status.persisted === false;
    } finally {
      this.asking = false;
    }
  }
}
