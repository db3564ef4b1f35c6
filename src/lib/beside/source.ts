/**
 * Where the dataset beside the talks comes from (`beside=`): a dataset stored in this browser
 * (its id, as imported: "file:…"), or a published Parley JSON file (an address). An embed can
 * only fetch an address: it stores nothing, and another site's reader has none of your imports.
 */
import { downloadChronology } from '../io/download-chronology';
import { resolveDataUrl } from '../io/data-url';
import type { Chronology } from '../model/types';

export function isDatasetAddress(value: string): boolean {
  return /^https?:\/\//i.test(value) || /^\.{0,2}\//.test(value) || /\.json([?#]|$)/i.test(value);
}

/** A published dataset beside the talks, downloaded and checked as any `data=` file is. */
export function downloadBeside(address: string, base: string): Promise<Chronology> {
  return downloadChronology(resolveDataUrl(address, base), 'the dataset beside the talks');
}
