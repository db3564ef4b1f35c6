import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const FILE = {
  format: 'parley-chronology/1',
  events: [{ id: 'a', title: 'A', start: '2025-02-11' }],
};
const PAGE = 'https://parley.test/?data=/files/talks.json';
const URL_OF_FILE = 'https://parley.test/files/talks.json';
const at = (href: string) => ({ href, search: new URL(href).search });

/** A fresh copy of the module (its state is per page), with fetch answering every request. */
async function freshModule() {
  vi.resetModules();
  return import('./early-download');
}

let requests: string[] = [];
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', async (input: string) => {
    requests.push(input);
    return new Response(JSON.stringify(FILE), { status: 200 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the ?data= download started before the app has loaded', () => {
  it('is the one the app gets for that URL, once; the file is asked for only once', async () => {
    const early = await freshModule();
    early.startEarlyDownload(at(PAGE));
    const taken = early.takeEarlyDownload(URL_OF_FILE, URL_OF_FILE, at(PAGE));
    expect(taken).toBeDefined();
    expect((await taken)?.events[0]?.id).toBe('a');
    expect(early.takeEarlyDownload(URL_OF_FILE, URL_OF_FILE, at(PAGE))).toBeUndefined();
    expect(requests).toEqual([URL_OF_FILE]);
  });

  it('is started by the app when the early script has not run yet, and never twice', async () => {
    const early = await freshModule();
    const taken = early.takeEarlyDownload(URL_OF_FILE, URL_OF_FILE, at(PAGE));
    expect((await taken)?.events).toHaveLength(1);
    // The early script, arriving late, does not download it again.
    early.startEarlyDownload(at(PAGE));
    expect(requests).toEqual([URL_OF_FILE]);
  });

  it('is not given for another URL, or under another name (whose messages would differ)', async () => {
    const early = await freshModule();
    early.startEarlyDownload(at(PAGE));
    expect(
      early.takeEarlyDownload('https://parley.test/other.json', 'x', at(PAGE)),
    ).toBeUndefined();
    expect(
      early.takeEarlyDownload(URL_OF_FILE, 'The curated chronology', at(PAGE)),
    ).toBeUndefined();
    expect(early.takeEarlyDownload(URL_OF_FILE, URL_OF_FILE, at(PAGE))).toBeDefined();
  });

  it('starts nothing without ?data=, or for a link that is not http(s)', async () => {
    for (const page of ['https://parley.test/', 'https://parley.test/?data=javascript:alert(1)']) {
      const early = await freshModule();
      early.startEarlyDownload(at(page));
      expect(early.takeEarlyDownload(URL_OF_FILE, URL_OF_FILE, at(page))).toBeUndefined();
    }
    expect(requests).toEqual([]);
  });

  it('keeps a failure for the app to report, with the URL in its message', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    const early = await freshModule();
    early.startEarlyDownload(at(PAGE));
    const taken = early.takeEarlyDownload(URL_OF_FILE, URL_OF_FILE, at(PAGE));
    await expect(taken).rejects.toThrow(URL_OF_FILE);
  });
});
