import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applySettings, type SettingsTargets } from '@/entrypoints/content/settings';
import { defaultSettings, type Settings } from '@/lib/settings/schema';

const TOPICS = ['rekognition', 'ibm', 'aclu', 'bans'];
const PAGE = { siteUrl: 'https://news.example/a', topicIds: TOPICS };

function fakeContext() {
  const stops: Array<() => void> = [];
  const ctx = { isValid: true, onInvalidated: (stop: () => void) => void stops.push(stop) };
  const invalidate = () => {
    ctx.isValid = false;
    stops.forEach((stop) => stop());
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate };
}

/** Targets that record every call, in order. */
function recorder() {
  const calls: string[] = [];
  const targets: SettingsTargets = {
    detection: {
      setRunning: (on) => void calls.push(`running:${on}`),
      setActiveTopics: (topics) => void calls.push(`topics:${[...(topics ?? [])].join(',')}`),
      setStyle: (style) => void calls.push(`style:${style}`),
    },
    card: { setSettings: (s) => void calls.push(`card:${s.active}:${s.hoverDelayMs}:${s.cardLanguage}`) },
  };
  return { calls, targets };
}

function settings(change: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...change };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  fakeBrowser.reset();
  performance.mark('face-facts:scan:start');
});

describe('applySettings', () => {
  it('applies the first read with topics and style before starting the scan', async () => {
    const { ctx } = fakeContext();
    const { calls, targets } = recorder();
    const applied = applySettings(ctx, Promise.resolve(settings({ disabledTopics: ['ibm'] })), PAGE, targets);
    expect(applied.current()).toBeNull();
    expect((await applied.ready).active).toBe(true);
    expect(calls).toEqual(['style:background', 'topics:rekognition,aclu,bans', 'card:true:450:auto', 'running:true']);
  });

  it('stops on an excluded site and follows stored changes, setting topics only when they change', async () => {
    const { ctx } = fakeContext();
    const { calls, targets } = recorder();
    const applied = applySettings(ctx, Promise.resolve(settings()), PAGE, targets);
    await applied.ready;
    calls.length = 0;
    await fakeBrowser.storage.sync.set({ settings: settings({ sites: ['news.example'], hoverDelayMs: 900 }) });
    await settle();
    expect(calls).toEqual(['style:background', 'card:false:900:auto', 'running:false']);
    expect(applied.current()?.active).toBe(false);
  });

  it('keeps a change that arrives before the first read finishes', async () => {
    const { ctx } = fakeContext();
    const { calls, targets } = recorder();
    let finishRead: (value: Settings) => void = () => undefined;
    const first = new Promise<Settings>((done) => (finishRead = done));
    const applied = applySettings(ctx, first, PAGE, targets);
    await fakeBrowser.storage.sync.set({ settings: settings({ enabled: false }) });
    await settle();
    finishRead(settings());
    expect((await applied.ready).active).toBe(false);
    expect(calls.filter((call) => call.startsWith('running'))).toEqual(['running:false']);
  });

  it('stops following once the content script is invalidated', async () => {
    const { ctx, invalidate } = fakeContext();
    const { calls, targets } = recorder();
    await applySettings(ctx, Promise.resolve(settings()), PAGE, targets).ready;
    invalidate();
    calls.length = 0;
    await fakeBrowser.storage.sync.set({ settings: settings({ enabled: false }) });
    await settle();
    expect(calls).toEqual([]);
  });
});
