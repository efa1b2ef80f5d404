// Chromium's sampling CPU profiler over one page (through a CDP session), saved as a .cpuprofile that DevTools opens
// (it maps the bundle back to the sources through the build's source maps): where the main thread's time goes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export interface CpuProfiler {
  stop(name: string): Promise<string>;
}

export async function startCpuProfile(page: Page): Promise<CpuProfiler> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await cdp.send('Profiler.stop');
      const dir = resolve(import.meta.dirname, '..', '..', 'bench-results');
      mkdirSync(dir, { recursive: true });
      const file = resolve(dir, `${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      await cdp.detach();
      return file;
    },
  };
}
