import { describe, expect, it, vi } from 'vitest';
import { cardBundleLoader } from '@/lib/card/load-view';
import type { CardBundle } from '@/lib/card/view-api';

const bundle: CardBundle = { createCardView: vi.fn() };

describe('cardBundleLoader', () => {
  it('imports once, on the first call, and gives the default export', async () => {
    const importBundle = vi.fn(async () => ({ default: bundle }));
    const load = cardBundleLoader(importBundle);
    expect(importBundle).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(bundle);
    expect(second).toBe(bundle);
    expect(await load()).toBe(bundle);
    expect(importBundle).toHaveBeenCalledTimes(1);
  });

  it('gives null, without throwing, when the import fails or throws at once', async () => {
    const rejected = cardBundleLoader(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await expect(rejected()).resolves.toBeNull();
    const thrown = cardBundleLoader(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(thrown()).resolves.toBeNull();
  });

  it('gives null for a module that is not the card bundle, and does not retry a failure', async () => {
    const importBundle = vi.fn(async () => ({ default: { something: 'else' } }));
    const load = cardBundleLoader(importBundle);
    expect(await load()).toBeNull();
    expect(await load()).toBeNull();
    expect(importBundle).toHaveBeenCalledTimes(1);
    expect(await cardBundleLoader(async () => ({}))()).toBeNull();
  });
});
