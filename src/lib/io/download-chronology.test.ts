import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downloadChronology } from './download-chronology';
import { LoadError } from './fetch-text';
import { parseOrConvert } from './parse-or-convert';

const curatedText = readFileSync(new URL('../../../data/chronology.json', import.meta.url), 'utf8');
const curated = JSON.parse(curatedText) as Record<string, unknown> & {
  events: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  people: Record<string, unknown>[];
};

/** A server that sends `text` in chunks of `size` bytes, gzip-style: no content length. */
function serve(text: string, size: number): typeof fetch {
  const bytes = new TextEncoder().encode(text);
  return async () => {
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    });
    return new Response(body, { status: 200 });
  };
}

/** The text as the whole-file path reads it: decoded from UTF-8, a leading byte order mark dropped. */
function decoded(text: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(text));
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string; problems: unknown };

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const e = error as { message: string; problems?: unknown };
    return { ok: false, message: e.message, problems: e.problems };
  }
}

function edited(edit: (copy: typeof curated) => unknown): string {
  const copy = structuredClone(curated);
  const result = edit(copy);
  return JSON.stringify(result ?? copy);
}

const cases: Record<string, string> = {
  'the curated chronology': curatedText,
  'with a byte order mark': '\uFEFF' + curatedText,
  'an event with an impossible date': edited((c) => void (c.events[30]!['start'] = '2025-02-30')),
  'two events with one id': edited((c) => void (c.events[40]!['id'] = c.events[2]!['id'])),
  'an event citing a source that is not listed': edited(
    (c) => void (c.events[10]!['sources'] = ['S-missing']),
  ),
  'markup in a summary': edited(
    (c) => void (c.events[5]!['summary'] = '<img src=x onerror=alert(1)>'),
  ),
  'markup written as \\u003c in a summary': edited(
    (c) => void (c.events[7]!['summary'] = 'MARKER'),
  ).replace('MARKER', '\\u003Cimg src=x onerror=alert(1)>'),
  'markup in a field name of an event': edited(
    (c) => void (c.events[9]!['<b onclick=x>'] = 'plain'),
  ),
  'a string over the length limit in an event': edited(
    (c) => void (c.events[12]!['summary'] = 'a'.repeat(100_001)),
  ),
  'a field name over the length limit in an event': edited(
    (c) => void (c.events[14]!['k'.repeat(100_001)] = 1),
  ),
  'an event nested too deep': edited(
    (c) => void (c.events[20]!['extra'] = JSON.parse('['.repeat(40) + ']'.repeat(40))),
  ),
  'markup in a person': edited((c) => void (c.people[0]!['name'] = '<b>x</b>')),
  'markup in a source': edited((c) => void (c.sources[0]!['title'] = '<script>')),
  'the events before the sources': edited(({ events, ...rest }) => ({ events, ...rest })),
  'no sources at all': edited(({ sources: _sources, ...rest }) => rest),
  'no events': edited((c) => void (c.events = [])),
  'an unknown format': edited((c) => void (c['format'] = 'other/2')),
  'an era ending before it starts': edited((c) => {
    const eras = c['eras'] as Record<string, unknown>[] | undefined;
    if (eras?.[0]) eras[0]['end'] = '1990-01-01';
  }),
  'an event that is not an object': edited((c) => void (c.events[3] = 'nope' as never)),
  'a JSON syntax error': curatedText.replace('"events"', '"events" 1'),
  'a file cut off half-way': curatedText.slice(0, Math.floor(curatedText.length / 2)),
  'a web page': '<!doctype html><title>Not found</title>',
  'a list': '[{"id": "e1"}]',
};

describe('a chronology parsed while it downloads', () => {
  for (const [name, text] of Object.entries(cases)) {
    it(`is what the whole file parsed at once gives: ${name}`, async () => {
      const whole = await outcome(() =>
        parseOrConvert(decoded(text), 'https://example.org/test.json', 'test.json'),
      );
      for (const size of [1, 7, 1024, 1 << 20]) {
        if (size === 1 && text.length > 20_000) continue;
        const piecewise = await outcome(() =>
          downloadChronology('https://example.org/test.json', 'test.json', {
            fetchImpl: serve(text, size),
          }),
        );
        expect(piecewise).toEqual(whole);
      }
    });
  }

  it('says where a download cut off half-way ends, and that it may be cut off', async () => {
    const text = curatedText.slice(0, Math.floor(curatedText.length / 2));
    const lines = text.trimEnd().split('\n');
    const where = `line ${lines.length}, column ${(lines.at(-1) ?? '').length + 1}`;
    const failure = await outcome(() =>
      downloadChronology('https://example.org/cut.json', 'cut.json', {
        fetchImpl: serve(text, 4096),
      }),
    );
    expect(failure).toMatchObject({
      message: `cut.json is not valid JSON at ${where}. The file ends there: it may be cut off.`,
    });
  });

  it('gives the same answer as the whole file for any damaged byte', async () => {
    const small = JSON.stringify({ ...curated, events: curated.events.slice(0, 6) });
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: small.length - 1 }),
        fc.constantFrom(...'{}[],:"\\<0x '),
        fc.integer({ min: 16, max: 4096 }),
        async (at, byte, size) => {
          const text = small.slice(0, at) + byte + small.slice(at + 1);
          const whole = await outcome(() =>
            parseOrConvert(decoded(text), 'https://example.org/f', 'f'),
          );
          const piecewise = await outcome(() =>
            downloadChronology('https://example.org/f', 'f', { fetchImpl: serve(text, size) }),
          );
          expect(piecewise).toEqual(whole);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('says when the download ended, before the last checks', async () => {
    const order: string[] = [];
    await downloadChronology('https://example.org/c.json', 'c', {
      fetchImpl: serve(curatedText, 4096),
      onDownloaded: () => order.push('downloaded'),
    });
    expect(order).toEqual(['downloaded']);
  });
});

/** A fetch that answers with `body` streamed in chunks, without any network. */
function fakeFetch(body: string | Uint8Array[], init: ResponseInit = {}): typeof fetch {
  return async () => {
    if (typeof body === 'string') return new Response(body, init);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of body) controller.enqueue(chunk);
        controller.close();
      },
    });
    return new Response(stream, init);
  };
}

const tiny = (title: string) =>
  JSON.stringify({ title, events: [{ id: 'e1', title: 'A meeting', start: '2025-02-11' }] });

describe('downloading a chronology', () => {
  it('returns the chronology of a good response', async () => {
    const chronology = await downloadChronology('https://x.test/a.json', 'a', {
      fetchImpl: fakeFetch(tiny('Talks')),
    });
    expect(chronology.title).toBe('Talks');
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode(tiny('Çırağan – Türkiye'));
    const chunks = [bytes.slice(0, 12), bytes.slice(12, 13), bytes.slice(13, 16), bytes.slice(16)];
    const chronology = await downloadChronology('https://x.test/a', 'a', {
      fetchImpl: fakeFetch(chunks),
    });
    expect(chronology.title).toBe('Çırağan – Türkiye');
  });

  it('says which server status it got, as a download problem', async () => {
    const error = await downloadChronology('https://x.test/missing.json', 'm', {
      fetchImpl: fakeFetch('nope', { status: 404, statusText: 'Not Found' }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).message).toBe(
      'Could not download https://x.test/missing.json: the server answered 404 Not Found.',
    );
    expect((error as LoadError).kind).toBe('download');
  });

  it('reports a network failure with the URL', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(
      downloadChronology('https://x.test/a', 'a', { fetchImpl: failing }),
    ).rejects.toThrow('Could not download https://x.test/a: Failed to fetch.');
  });

  it('stops reading a stream once it passes the size limit', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let pulled = 0;
    const endless: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(chunk);
          },
        }),
      );
    await expect(
      downloadChronology('https://x.test/junk', 'junk', {
        fetchImpl: endless,
        maxBytes: 3 * 1024 * 1024,
      }),
    ).rejects.toThrow('https://x.test/junk is larger than 3 MB, the most Parley loads.');
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared size over the limit before reading', async () => {
    const fetchImpl = fakeFetch('x', { headers: { 'content-length': String(80 * 1024 * 1024) } });
    await expect(downloadChronology('https://x.test/big', 'big', { fetchImpl })).rejects.toThrow(
      'https://x.test/big is 80 MB; Parley loads datasets up to 64 MB.',
    );
  });
});
