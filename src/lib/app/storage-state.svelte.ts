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

  constructor(private readonly storage: StorageManagerLike | undefined) {}

  async refresh(): Promise<void> {
    this.status = await readStorageStatus(this.storage);
  }

  async ask(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    try {
      this.status = await requestPersistence(this.storage);
      this.refused = this.status.persisted === false;
    } finally {
      this.asking = false;
    }
  }
}
