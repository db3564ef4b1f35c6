/**
 * The columns a reader mapped for a CSV header, remembered in this browser (localStorage), so a
 * newer file with the same columns is read the same way. Best effort: a browser that stores
 * nothing simply asks again.
 */
import { headerKey, MAPPED_FIELDS, type ColumnMapping } from '../conflict/mapped';

const PREFIX = 'parley:csv-columns:';

export function rememberedMapping(header: readonly string[]): ColumnMapping | undefined {
  try {
    const saved = JSON.parse(
      globalThis.localStorage?.getItem(PREFIX + headerKey(header)) ?? 'null',
    );
    if (!saved || typeof saved !== 'object') return undefined;
    // Only fields Parley knows, naming columns this header has.
    const mapping: ColumnMapping = {};
    for (const field of MAPPED_FIELDS) {
      const column = (saved as Record<string, unknown>)[field];
      if (typeof column === 'string' && header.includes(column)) mapping[field] = column;
    }
    return mapping.date ? mapping : undefined;
  } catch {
    return undefined;
  }
}

export function rememberMapping(header: readonly string[], mapping: ColumnMapping): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + headerKey(header), JSON.stringify(mapping));
  } catch {
    // Full or refused: the reader is asked again next time.
  }
}
