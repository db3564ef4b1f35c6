import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  readStorageStatus,
  requestPersistence,
  type StorageManagerLike,
} from './storage-status';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [850, '850 bytes'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [1234, '1.2 kB'],
    [150_000, '150 kB'],
    [999_950, '1 MB'],
    [1_234_567, '1.2 MB'],
    [9_960_000, '10 MB'],
    [10_000_000_000, '10 GB'],
    [296_000_000_000, '296 GB'],
    [3_000_000_000_000_000, '3000 TB'],
  ])('shows %d bytes as "%s"', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('says "unknown" rather than printing nonsense for a bad figure', () => {
    expect(formatBytes(-1)).toBe('unknown');
    expect(formatBytes(Number.NaN)).toBe('unknown');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('unknown');
  });
});

/** A StorageManager whose persistence the test controls. */
function fakeStorage(options: { granted: boolean; usage?: number; quota?: number }) {
  let persisted = false;
  let asked = 0;
  const storage: StorageManagerLike = {
    persisted: async () => persisted,
    persist: async () => {
      asked++;
      persisted = options.granted;
      return persisted;
    },
    estimate: async () => ({ usage: options.usage, quota: options.quota }),
  };
  return { storage, asked: () => asked };
}

describe('readStorageStatus', () => {
  it('reports usage, quota and that storage is not yet persistent, without asking', async () => {
    const { storage, asked } = fakeStorage({ granted: true, usage: 1_200_000, quota: 10e9 });
    expect(await readStorageStatus(storage)).toEqual({
      persisted: false,
      usage: 1_200_000,
      quota: 10e9,
    });
    expect(asked()).toBe(0);
  });

  it('says "unsupported" when the browser has no StorageManager', async () => {
    expect(await readStorageStatus(undefined)).toEqual({ persisted: 'unsupported' });
    expect(await readStorageStatus({})).toEqual({ persisted: 'unsupported' });
  });

  it('keeps going when the browser throws instead of answering', async () => {
    const storage: StorageManagerLike = {
      persisted: () => Promise.reject(new Error('SecurityError')),
      estimate: async () => ({ usage: 5 }),
    };
    expect(await readStorageStatus(storage)).toEqual({ persisted: 'unsupported', usage: 5 });
  });

  it('leaves out figures the browser does not give', async () => {
    const storage: StorageManagerLike = {
      persisted: async () => true,
      estimate: async () => ({ usage: Number.NaN }),
    };
    expect(await readStorageStatus(storage)).toEqual({ persisted: true });
  });
});

describe('requestPersistence', () => {
  it('asks the browser once and reports that it was granted', async () => {
    const { storage, asked } = fakeStorage({ granted: true, usage: 10 });
    expect((await requestPersistence(storage)).persisted).toBe(true);
    expect(asked()).toBe(1);
  });

  it('reports a refusal as still not persistent', async () => {
    const { storage } = fakeStorage({ granted: false });
    expect((await requestPersistence(storage)).persisted).toBe(false);
  });

  it('survives a persist() that throws', async () => {
    const storage: StorageManagerLike = {
      persisted: async () => false,
      persist: () => Promise.reject(new Error('nope')),
    };
    expect(await requestPersistence(storage)).toEqual({ persisted: false });
  });
});
