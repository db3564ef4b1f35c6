import { describe, expect, it } from 'vitest';
import { formatBytes } from '../format/bytes';
import { MAX_IMPORT_BYTES, refusal } from './read-file';

const LIMIT = formatBytes(MAX_IMPORT_BYTES);

describe('files refused before they are read', () => {
  it('a JSON file over the limit (an ACLED or GED API answer) is told the limit, and that CSV streams', () => {
    const said = refusal({ name: 'acled-2024.json', size: MAX_IMPORT_BYTES + 1 });
    expect(said).toContain(`; Parley reads JSON files whole, up to ${LIMIT}.`);
    expect(said).toContain('ask ACLED’s API for CSV');
    expect(said).toMatch(/Nothing was imported\.$/);
  });

  it('a CSV over the limit is told the limit as before; a JSON file under it is not refused', () => {
    expect(refusal({ name: 'big.csv', size: MAX_IMPORT_BYTES + 1 })).toContain(
      `Parley imports files up to ${LIMIT}`,
    );
    expect(refusal({ name: 'acled.json', size: MAX_IMPORT_BYTES })).toBeUndefined();
  });
});
