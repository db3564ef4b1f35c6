/**
 * A release's name in words. Apart from changes.ts because storing a curated update needs it
 * at start, while the change lines are only read in "What changed" (loaded on first use).
 */
import type { Versioned } from '../model/version';

/** "version 1.0.1", or "updated 2026-11-28" for a file without a version. */
export function releaseLabel(release: Versioned): string {
  if (release.version) return `version ${release.version}`;
  return release.updated ? `updated ${release.updated}` : 'an unnamed version';
}
