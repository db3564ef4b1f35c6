import { describe, expect, it } from 'vitest';
import { lazy, lazyFailure } from './lazy';

/** An `import()` stand-in that counts its calls and fails the first `failures` of them. */
function importer(failures = 0) {
  let calls = 0;
  const load = async () => {
    calls++;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { default: `module, fetch ${calls}` };
  };
  return { load, calls: () => calls };
}

describe('lazy features', () => {
  it('fetch nothing until first used', () => {
    const fake = importer();
    const feature = lazy(fake.load);
    expect(fake.calls()).toBe(0);
    expect(feature.loaded).toBeUndefined();
  });

  it('share one fetch among every use, and keep what it brought', async () => {
    const fake = importer();
    const feature = lazy(fake.load);
    const [first, second] = await Promise.all([feature.load(), feature.load()]);
    expect(first).toBe('module, fetch 1');
    expect(second).toBe(first);
    expect(await feature.load()).toBe(first);
    expect(feature.loaded).toBe(first);
    expect(fake.calls()).toBe(1);
  });

  it('forget a failed fetch, so the next use tries again', async () => {
    const fake = importer(1);
    const feature = lazy(fake.load);
    await expect(feature.load()).rejects.toThrow('Failed to fetch');
    expect(feature.loaded).toBeUndefined();
    expect(await feature.load()).toBe('module, fetch 2');
    expect(fake.calls()).toBe(2);
  });
});

describe('the message when a feature cannot load', () => {
  const error = new TypeError('Failed to fetch dynamically imported module: /assets/x.js');

  it('names the feature, says why in words, and keeps the browser’s reason', () => {
    expect(lazyFailure('the import dialog', error, true)).toBe(
      'The import dialog could not be loaded. Its code could not be fetched; the connection may have dropped. (Failed to fetch dynamically imported module: /assets/x.js)',
    );
  });

  it('says when the browser is offline', () => {
    expect(lazyFailure('the export menu', 'no reason', false)).toBe(
      'The export menu could not be loaded. This browser is offline, and this part of Parley was not saved for offline use yet.',
    );
  });
});
