/**
 * Where the dataset beside the talks comes from (`beside=`): a dataset stored in this browser
 * (its id, as imported: "file:…"), or a published Parley JSON file (an address). An embed can
 * only fetch an address: it stores nothing, and another site's reader has none of your imports.
 */
export function isDatasetAddress(value: string): boolean {
  return /^https?:\/\//i.test(value) || /^\.{0,2}\//.test(value) || /\.json([?#]|$)/i.test(value);
}
