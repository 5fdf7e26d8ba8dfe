import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('defaults to port 3000 on loopback with ./data/tapestry.sqlite and a 20 MB limit', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databasePath: path.resolve('data/tapestry.sqlite'),
      uploadLimitBytes: 20 * 1024 * 1024,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('keeps :memory: as it is', () => {
    expect(loadConfig({ DATABASE_PATH: ':memory:' }).databasePath).toBe(':memory:');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['UPLOAD_LIMIT_MB', '0'],
    ['UPLOAD_LIMIT_MB', '2.5'],
    ['API_DOCS', 'open'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
