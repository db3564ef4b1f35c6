import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Serve this text instead of the built file at `path` from now on (a new release). */
  replace(path: string, text: (built: string) => string): void;
  close(): Promise<void>;
}

/**
 * A tiny server for the built app whose files a test can change between requests, like a
 * deploy does. Needed for service worker updates: the browser fetches the worker script
 * itself, where Playwright's request routing cannot reach.
 */
export async function serveBuild(root: string): Promise<StaticServer> {
  const replaced = new Map<string, (built: string) => string>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const file = normalize(path === '/' ? '/index.html' : path);
      try {
        let body: Buffer | string = await readFile(join(root, file));
        const change = replaced.get(path);
        if (change) body = change(body.toString('utf8'));
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    replace: (path, text) => replaced.set(path, text),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
