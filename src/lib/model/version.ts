/** Deciding whether a curated chronology is newer than the stored copy. */

export interface Versioned {
  version?: string;
  updated?: string;
}

/** "1.10.0" → [1, 10, 0]; undefined when the text is not dotted numbers. */
function segments(version: string | undefined): number[] | undefined {
  if (version === undefined || !/^\d+(\.\d+)*$/.test(version)) return undefined;
  return version.split('.').map(Number);
}

function compareSegments(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * True when `candidate` should replace `stored`: a higher version number, or, with equal or
 * unreadable versions, a later `updated` date. A stored copy newer than the file is kept
 * (a rolled-back deployment must not downgrade what a reader already has).
 */
export function isNewer(candidate: Versioned, stored: Versioned): boolean {
  const a = segments(candidate.version);
  const b = segments(stored.version);
  if (a && b) {
    const diff = compareSegments(a, b);
    if (diff !== 0) return diff > 0;
  } else if (candidate.version !== stored.version && candidate.updated === stored.updated) {
    // Versions that are not numbers cannot be ordered: a different label is a new release.
    return true;
  }
  return (candidate.updated ?? '') > (stored.updated ?? '');
}
