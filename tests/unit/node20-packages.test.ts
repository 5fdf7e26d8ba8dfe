import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';

// cookie@2 (under @fastify/cookie and light-my-request) and content-disposition@3 (under
// @fastify/static) declare Node 22 in their engines and make npm warn on install here. Their
// code needs nothing of Node 22: these tests run them, through the packages that use them, on
// the Node this project runs on (docs/testing.md, "Packages that declare a newer Node").

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-node20-'));
fs.writeFileSync(path.join(dir, 'annex ü.csv'), 'a,b\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('packages that declare Node 22, on this Node', () => {
  it('runs on the Node the project declares', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
  });

  it('content-disposition@3 names a download, non-ASCII name included (@fastify/static)', async () => {
    const app = Fastify();
    await app.register(fastifyStatic, { root: dir, serve: false });
    app.get('/file', (_request, reply) => reply.download('annex ü.csv'));
    const response = await app.inject('/file');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="annex ?.csv"; filename*=UTF-8''annex%20%C3%BC.csv`,
    );
    expect(response.body).toBe('a,b\n');
    await app.close();
  });

  it('cookie@2 writes and reads a signed session cookie (@fastify/cookie, light-my-request)', async () => {
    const app = Fastify();
    await app.register(fastifyCookie, { secret: 'a test secret of enough length' });
    app.get('/set', (_request, reply) =>
      reply
        .setCookie('sid', 'a b', { httpOnly: true, sameSite: 'strict', path: '/', signed: true })
        .send('ok'),
    );
    app.get('/read', (request) => request.unsignCookie(request.cookies.sid ?? ''));
    const set = await app.inject('/set');
    const cookie = set.cookies.find((c) => c.name === 'sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const read = await app.inject({ url: '/read', cookies: { sid: cookie.value } });
    expect(read.json()).toEqual({ valid: true, renew: false, value: 'a b' });
    await app.close();
  });
});
