import type { PluginOption } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';

// The app's build is the same wherever it runs: from `npm start` (scripts/ensure-client.ts) or
// from inside vitest, as the browser tests' global setup builds it. Here VITEST is set, as it
// is there; an earlier config chose its plugins by that variable, so the browser tests built
// an app without its preload and compressed copies, which `npm start` then served as up to date.

async function pluginNames(mode: string): Promise<string[]> {
  const config =
    typeof viteConfig === 'function'
      ? await viteConfig({ mode, command: mode === 'test' ? 'serve' : 'build' })
      : viteConfig;
  const names: string[] = [];
  const visit = async (option: PluginOption | PluginOption[]): Promise<void> => {
    const value = await option;
    if (Array.isArray(value)) for (const o of value) await visit(o);
    else if (value && typeof value === 'object' && 'name' in value) names.push(value.name);
  };
  await visit((config.plugins ?? []) as PluginOption[]);
  return names;
}

describe('vite.config.ts', () => {
  it('builds the app with its preload and compressed copies, even from inside vitest', async () => {
    expect(process.env.VITEST).toBeTruthy();
    const names = await pluginNames('production');
    expect(names).toContain('tapestry:preload-app');
    expect(names).toContain('tapestry:precompress');
  });

  it('gives vitest itself none of the app’s plugins', async () => {
    expect(await pluginNames('test')).toEqual([]);
  });
});
