import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { PROJECT_ROOT } from './shared/project-root';

/**
 * The web app's HTML may only run the app's own scripts and styles from this server: no inline
 * script, no other origin, no plugins, no framing. Uploaded text is never HTML (the client
 * builds DOM text nodes), and this is the second line if that ever slips.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const DEFAULT_CLIENT_ROOT = path.join(PROJECT_ROOT, 'dist', 'client');

export interface ClientAssetsOptions {
  /** The built client (vite build's outDir). */
  root?: string;
}

/**
 * Serves the built web app from dist/client. A path that names a built file gets that file
 * (hashed files under /assets/ are cached for a year; each compressed once, at build time);
 * any other GET outside /api/ and /docs gets index.html, so the app's own routes (/reviews/…)
 * survive a reload. /api/ paths that no route claims stay JSON 404s.
 */
export const clientAssets: FastifyPluginAsync<ClientAssetsOptions> = async (app, options) => {
  const root = options.root ?? DEFAULT_CLIENT_ROOT;
  const built = fs.existsSync(path.join(root, 'index.html'));
  // The build writes a brotli and a gzip copy of each text file (vite.config.ts, precompress):
  // sent as they are to a browser that takes them, the plain file to one that does not.
  if (built) await app.register(fastifyStatic, { root, serve: false, preCompressed: true });

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      return reply.code(404).send({
        error: { code: 'ROUTE_NOT_FOUND', message: `No API route ${request.method} ${pathname}.` },
      });
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The web app has not been built. Run `npm run build` (or `npm start`, which builds it).',
        );
    }
    const asset = builtFile(root, pathname);
    if (asset) {
      const hashed = asset.startsWith('assets/');
      return reply
        .header('x-content-type-options', 'nosniff')
        .sendFile(asset, hashed ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
    }
    // A missing file (a stale hashed script) must not be answered with the app's HTML.
    if (path.extname(pathname) !== '') {
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
    }
    // The security headers (CSP and the rest) come from @fastify/helmet in app.ts.
    return reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', { cacheControl: false });
  });
};

/** The file under root that the path names, relative to root, or null (never outside root). */
function builtFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded === '/' || decoded === '/index.html') return null;
  const full = path.resolve(root, `.${decoded}`);
  if (!full.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(full).isFile() ? path.relative(root, full).split(path.sep).join('/') : null;
  } catch {
    return null;
  }
}
