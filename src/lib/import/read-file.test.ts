import { describe, expect, it } from 'vitest';
import { formatBytes } from '../format/bytes';
import { previewImport } from './index';
import { decodeText, encodingOf, MAX_IMPORT_BYTES, refusal } from './read-file';

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

/** `text` as UTF-16 with its byte-order mark, as Excel's "Unicode Text" saves it. */
function utf16(text: string, order: 'le' | 'be'): ArrayBuffer {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return bytes.buffer;
}

describe('the text of a file', () => {
  // A TimelineJS sheet saved by Excel as "Unicode Text": UTF-16, tab-separated.
  const sheet = [
    'Year\tMonth\tDay\tHeadline\tText',
    '2025\t2\t11\tWitkoff meets Putin in Moscow\tFirst meeting; Kyiv’s envoy not present',
  ].join('\r\n');

  it.each(['le', 'be'] as const)(
    'reads UTF-16 (%s) by its byte-order mark, with no switch to offer',
    (order) => {
      const read = decodeText(utf16(sheet, order), 'sheet.txt');
      expect(read.text).toBe(sheet);
      expect(read.warning).toBeUndefined();
      expect(encodingOf(read)).toBeNull();
      const preview = previewImport('sheet.txt', read.text);
      expect(preview.problems).toEqual([]);
      expect(preview.chronology!.events[0]).toMatchObject({
        title: 'Witkoff meets Putin in Moscow',
        start: '2025-02-11',
      });
    },
  );

  it('reads UTF-8 as before, and falls back to Windows-1252, saying so', () => {
    const utf8 = new TextEncoder().encode('Kyiv’s envoy').buffer as ArrayBuffer;
    expect(decodeText(utf8, 'a.csv')).toEqual({ text: 'Kyiv’s envoy' });
    // "Genève" as Excel on Windows saves it (è is 0xE8).
    const cp1252 = new Uint8Array([0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65]).buffer;
    const read = decodeText(cp1252, 'a.csv');
    expect(read.text).toBe('Genève');
    expect(encodingOf(read)).toBe('windows-1252');
  });
});
