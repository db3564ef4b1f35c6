import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';
import { MAX_IMPORT_BYTES, readPickedFile } from '../import/read-file';

describe('sizes for people', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [1_234_567, '1.2 MB'],
    [52_428_800, '52 MB'],
    [3.5e9, '3.5 GB'],
    [-1, '? B'],
    [Number.NaN, '? B'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('reading a picked file', () => {
  const file = (name: string, size: number, text = 'x') => ({
    name,
    size,
    text: () => Promise.resolve(text),
  });

  it('refuses a file over the limit without reading it, naming it and its size', async () => {
    let read = false;
    const big = {
      name: 'junk.json',
      size: MAX_IMPORT_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    };
    const result = await readPickedFile(big);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/"junk\.json" is 52 MB/);
    expect(read).toBe(false);
  });

  it('refuses an empty file', async () => {
    expect(await readPickedFile(file('empty.csv', 0, ''))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty/),
    });
  });

  it('says when the browser cannot read the file', async () => {
    const broken = { name: 'a.csv', size: 10, text: () => Promise.reject(new Error('denied')) };
    expect(await readPickedFile(broken)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/"a\.csv" could not be read \(denied\)/),
    });
  });

  it('returns the text of a good file', async () => {
    expect(await readPickedFile(file('a.csv', 5, 'a,b\n'))).toEqual({ ok: true, text: 'a,b\n' });
  });
});

describe('a file’s encoding', () => {
  it('is UTF-8 when its bytes are, and Windows-1252 otherwise, which is said', async () => {
    const { decodeText } = await import('../import/read-file');
    const utf8 = new TextEncoder().encode('Café Ünïcode');
    expect(decodeText(utf8.buffer, 'a.csv')).toEqual({ text: 'Café Ünïcode' });
    // "Café Ünïcode" in Windows-1252: é, Ü and ï are single bytes, which UTF-8 never is alone.
    // (Bytes 0x80–0x9F, such as €, are left to the browser test: Node reads them as Latin-1.)
    const cp1252 = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0xdc, 0x6e, 0xef, 0x63, 0x6f, 0x64, 0x65,
    ]);
    const read = decodeText(cp1252.buffer, 'b.csv');
    expect(read.text).toBe('Café Ünïcode');
    expect(read.warning).toContain('"b.csv" is not UTF-8: it was read as Windows-1252');
  });
});

describe('the encoding the reader chooses', () => {
  it('reads the bytes again as asked, and says what could not be read', async () => {
    const { decodeAs, decodeText, encodingOf } = await import('../import/read-file');
    const cp1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]).buffer; // "Café" in Windows-1252
    expect(encodingOf(decodeText(cp1252, 'c.csv'))).toBe('windows-1252');
    // All ASCII: both encodings read it alike, so there is nothing to switch.
    expect(encodingOf(decodeText(new TextEncoder().encode('plain, ascii').buffer, 'p.csv'))).toBe(
      null,
    );
    const asUtf8 = decodeAs(cp1252, 'c.csv', 'utf-8');
    expect(asUtf8.text).toBe('Caf\uFFFD');
    expect(asUtf8.warning).toBe(
      '"c.csv" is read as UTF-8, as you chose: 1 character could not be read and show as "\uFFFD".',
    );
    // UTF-8 bytes read as Windows-1252 show the two bytes of é as two letters.
    const utf8 = new TextEncoder().encode('Café').buffer;
    expect(encodingOf(decodeText(utf8, 'd.csv'))).toBe('utf-8');
    expect(decodeAs(utf8, 'd.csv', 'windows-1252')).toEqual({
      text: 'CafÃ©',
      warning: '"d.csv" is read as Windows-1252, as you chose.',
    });
  });
});
