/**
 * A fingerprint of an event's content, to tell whether a newer export changed it without
 * holding a million old events to compare: FNV-1a (32 bits) of its JSON. Two different events
 * share one with a chance of one in four billion, so a changed event is very rarely taken for
 * unchanged; an unchanged one is never taken for changed (the same converter writes the same
 * JSON, key for key).
 */
export function eventHash(event: unknown): number {
  const text = JSON.stringify(event);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
