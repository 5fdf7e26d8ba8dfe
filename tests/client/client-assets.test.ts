import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAssets } from '../../server/client-assets';
import { createTestApp, type TestApp } from '../support/app';

// The plugin on its own, over a built client made up here, then inside the real app.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-client-assets-'));
const root = path.join(dir, 'client');
const app = Fastify();
const SCRIPT = `console.log(${JSON.stringify('the app '.repeat(500))});`;

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tapestry</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg/>');
  // As the build leaves them (vite.config.ts): compressed copies beside a text file.
  fs.writeFileSync(path.join(root, 'assets', 'app-def456.js'), SCRIPT);
  fs.writeFileSync(path.join(root, 'assets', 'app-def456.js.br'), zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(path.join(root, 'assets', 'app-def456.js.gz'), zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
  await app.register(clientAssets, { root });
});

afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('clientAssets', () => {
  // Its security headers (CSP and the rest) are the whole app's: tests/api/hardening.test.ts.
  it('serves the app’s HTML, revalidated on every load', async () => {
    const response = await app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers the app’s own routes with the same HTML, so a reload or a shared link works', async () => {
    const response = await app.inject(
      '/reviews/r1/timeline?agency=Police&window=2018-11-01..2018-11-30',
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Tapestry</title>');
  });

  it('serves built files, hashed ones cached for a year', async () => {
    const script = await app.inject('/assets/index-abc123.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/favicon.svg')).statusCode).toBe(200);
  });

  it('sends the copy the build compressed, to a browser that takes it, and the plain file otherwise', async () => {
    const url = '/assets/app-def456.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('does not answer a missing file with the HTML (a stale script must fail, not parse HTML)', async () => {
    const response = await app.inject('/assets/index-old999.js');
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<title>');
  });

  it('never serves a file outside the built client', async () => {
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await app.inject(url);
      expect({ url, status: response.statusCode, body: response.body }).toEqual({
        url,
        status: 404,
        body: 'Not found.',
      });
    }
    // The same encoded "..", staying inside the built client, does reach its file.
    const inside = await app.inject('/assets/..%2ffavicon.svg');
    expect(inside.statusCode).toBe(200);
    expect(inside.body).toBe('<svg/>');
  });

  it('leaves unknown API paths as JSON 404s', async () => {
    const response = await app.inject('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'No API route GET /api/nothing-here.' },
    });
  });

  it('says how to build the client when it has not been built', async () => {
    const bare = Fastify();
    await bare.register(clientAssets, { root: path.join(dir, 'not-built') });
    const response = await bare.inject('/reviews');
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build');
    await bare.close();
  });
});

describe('the app with clientAssets', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => testApp.close());

  it('keeps the API and its docs reachable beside the web app', async () => {
    expect((await testApp.app.inject('/api/reviews')).statusCode).toBe(200);
    expect((await testApp.app.inject('/docs')).statusCode).not.toBe(404);
    const missing = await testApp.app.inject('/api/reviews/x/nothing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});
