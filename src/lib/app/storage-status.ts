/**
 * How safe the reader's stored data is: whether the browser keeps this site's storage until
 * the reader clears it ("persistent") or may evict it when space runs low, and how much is
 * used. This is the browser's StorageManager, not Parley's own saving of a dataset.
 */

/** The part of `navigator.storage` read here; absent in old browsers and some webviews. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export interface StorageStatus {
  /** 'unsupported': the browser cannot say (and cannot be asked). */
  persisted: boolean | 'unsupported';
  /** Bytes used by this site, when the browser says. */
  usage?: number;
  /** Bytes this site may use, when the browser says. */
  quota?: number;
}

/** Reads the status; never throws (a browser that refuses to say is "unsupported"). */
export async function readStorageStatus(
  storage: StorageManagerLike | undefined,
): Promise<StorageStatus> {
  const status: StorageStatus = { persisted: 'unsupported' };
  if (!storage) return status;
  if (typeof storage.persisted === 'function') {
    try {
      status.persisted = await storage.persisted();
    } catch {
      // Some browsers throw in private windows; leave it "unsupported".
    }
  }
  if (typeof storage.estimate === 'function') {
    try {
      const { usage, quota } = await storage.estimate();
      if (typeof usage === 'number' && Number.isFinite(usage)) status.usage = usage;
      if (typeof quota === 'number' && Number.isFinite(quota)) status.quota = quota;
    } catch {
      // No figures is better than a wrong one.
    }
  }
  return status;
}

/**
 * Asks the browser to keep this site's data until the reader clears it, then reads the status
 * again. Call it from a click: browsers grant it more readily on a user action, and asking on
 * load would be a prompt nobody requested.
 */
export async function requestPersistence(
  storage: StorageManagerLike | undefined,
): Promise<StorageStatus> {
  if (storage && typeof storage.persist === 'function') {
    try {
      await storage.persist();
    } catch {
      // The status read next says what the browser decided.
    }
  }
  return readStorageStatus(storage);
}

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * A size as people read it, in decimal units like the browser's own settings pages:
 * "0 bytes", "850 bytes", "1.2 MB", "10 GB". One decimal below 10, none above.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  if (Math.round(bytes) === 1) return '1 byte';
  if (bytes < 1000) return `${Math.round(bytes)} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  // 999,950 bytes would print "1000.0 kB"; carry it up to "1.0 MB" instead.
  if (Number(value.toFixed(value < 10 ? 1 : 0)) >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${text} ${UNITS[unit]}`;
}
