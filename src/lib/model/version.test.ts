import { describe, expect, it } from 'vitest';
import { isNewer } from './version';

describe('isNewer decides whether a curated file replaces the stored copy', () => {
  it.each([
    [{ version: '1.1.0' }, { version: '1.0.0' }, true],
    [{ version: '1.10.0' }, { version: '1.9.0' }, true],
    [{ version: '1.0' }, { version: '1.0.0' }, false],
    [{ version: '1.0.0' }, { version: '1.1.0' }, false],
    [
      { version: '1.0.0', updated: '2026-01-02' },
      { version: '1.0.0', updated: '2026-01-01' },
      true,
    ],
    [
      { version: '1.0.0', updated: '2026-01-01' },
      { version: '1.0.0', updated: '2026-01-01' },
      false,
    ],
    [{ version: 'spring' }, { version: 'winter' }, true],
    [{ updated: '2026-01-01' }, { updated: '2025-12-31' }, true],
    [{}, {}, false],
  ])('%j over %j → %s', (candidate, stored, expected) => {
    expect(isNewer(candidate, stored)).toBe(expected);
  });
});
