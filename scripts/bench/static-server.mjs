// The benchmark's web server: dist/ as a static host or a CDN serves it, each file gzipped once
// and the same bytes sent to every request. `vite preview` compresses each response as it
// sends it, on one thread: for the 27 MB file of 100,000 events that took about a second of the
// machine's two cores at every load, time no app could win back, and CPU the apps then shared
// with the server. Here that work is done once, before anything is measured.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
/** Already compressed, or too small to gain: sent as they are. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);

/**
 * Serves `root` on 127.0.0.1:`port`. `/` is index.html; a path outside `root` is refused.
 * @param {string} root
 * @param {number} port
 */
export async function serveStatic(root, port) {
  /** @type {Map<string, { mtimeMs: number, size: number, plain: Buffer, gzipped?: Buffer }>} */
  const cache = new Map();

  /** @param {string} urlPath */
  function resolvePath(urlPath) {
    const path = normalize(decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath));
    const file = join(root, path);
    return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
  }

  /** @param {string} file */
  async function load(file) {
    const info = await stat(file);
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const plain = await readFile(file);
    const entry = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      plain,
      gzipped: COMPRESSIBLE.has(extname(file)) ? await gzipAsync(plain, { level: 9 }) : undefined,
    };
    cache.set(file, entry);
    return entry;
  }

  const server = createServer((request, response) => {
    void (async () => {
      const file = resolvePath(new URL(request.url ?? '/', 'http://x').pathname);
      if (!file) return void response.writeHead(403).end('forbidden');
      let entry;
      try {
        entry = await load(file);
      } catch {
        return void response.writeHead(404).end('not found');
      }
      const gzipOk = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = gzipOk && entry.gzipped ? entry.gzipped : entry.plain;
      response.writeHead(200, {
        'content-type':
          TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'content-length': body.length,
        ...(body === entry.gzipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    /**
     * Compresses these files now (paths under `root`), so no measured load pays for it.
     * @param {string[]} paths
     */
    warm: async (paths) => {
      for (const path of paths) {
        const file = resolvePath(path);
        if (file) await load(file);
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
