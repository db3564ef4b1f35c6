import { describe, expect, it } from 'vitest';
import { fetchText, LoadError } from './fetch-text';

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

describe('fetchText', () => {
  it('returns the text of a good response', async () => {
    expect(
      await fetchText('https://x.test/a.json', { fetchImpl: fakeFetch('{"events":[]}') }),
    ).toBe('{"events":[]}');
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('Çırağan – Türkiye');
    const chunks = [bytes.slice(0, 1), bytes.slice(1, 4), bytes.slice(4)];
    expect(await fetchText('https://x.test/a', { fetchImpl: fakeFetch(chunks) })).toBe(
      'Çırağan – Türkiye',
    );
  });

  it('says which server status it got, as a download problem', async () => {
    const error = await fetchText('https://x.test/missing.json', {
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
    await expect(fetchText('https://x.test/a', { fetchImpl: failing })).rejects.toThrow(
      'Could not download https://x.test/a: Failed to fetch.',
    );
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
      fetchText('https://x.test/junk', { fetchImpl: endless, maxBytes: 3 * 1024 * 1024 }),
    ).rejects.toThrow('https://x.test/junk is larger than 3 MB, the most Parley loads.');
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared size over the limit before reading', async () => {
    const fetchImpl = fakeFetch('x', { headers: { 'content-length': String(80 * 1024 * 1024) } });
    await expect(fetchText('https://x.test/big', { fetchImpl })).rejects.toThrow(
      'https://x.test/big is 80 MB; Parley loads datasets up to 64 MB.',
    );
  });
});
