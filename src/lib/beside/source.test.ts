import { describe, expect, it } from 'vitest';
import { isDatasetAddress } from './source';

describe('where a dataset beside the talks comes from', () => {
  it('an address of a published file, or a dataset stored in this browser', () => {
    expect(isDatasetAddress('https://data.example.org/ucdp-ukraine.json')).toBe(true);
    expect(isDatasetAddress('/data/acled.json')).toBe(true);
    expect(isDatasetAddress('ucdp.json')).toBe(true);
    expect(isDatasetAddress('file:3891f0e6-c5eb-4b73-aabf-aee0bbf74aa4')).toBe(false);
    expect(isDatasetAddress('curated')).toBe(false);
  });
});
