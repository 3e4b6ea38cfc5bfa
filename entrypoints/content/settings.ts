/**
 * How do the stored settings reach this page? Read once at start (in parallel
 * with compiling the matcher), then followed through `followSettings`; each
 * value becomes the page's effect (`lib/settings/effect.ts`), applied to the
 * detection and the card without a reload.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardController } from '@/lib/card/controller';
import { pageEffect, sameTopics, siteUrlOfFrame, type PageEffect } from '@/lib/settings/effect';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { followSettings, readSettingsOnce } from '@/lib/settings/read';
import type { Detection } from './detection';

/** Starts reading the settings now (one storage round trip); storage that can't answer gives the defaults. */
export function readSettings(): Promise<Settings> {
  return readSettingsOnce().catch(() => defaultSettings());
}

/** The URL the site list judges for this frame: the top page's origin where the browser tells it. */
export function frameSiteUrl(): string {
  return siteUrlOfFrame({ href: location.href, ancestorOrigins: location.ancestorOrigins });
}

export interface SettingsTargets {
  detection: Pick<Detection, 'setRunning' | 'setActiveTopics' | 'setStyle'>;
  card: Pick<CardController, 'setSettings'>;
}

export interface AppliedSettings {
  /** The effect in force; null until the first read. */
  current(): PageEffect | null;
  /** Resolves once the first settings are applied. */
  ready: Promise<PageEffect>;
}

/** Applies `first`, then every stored change, until the content script is invalidated. */
export function applySettings(
  ctx: ContentScriptContext,
  first: Promise<Settings>,
  page: { siteUrl: string; topicIds: readonly string[] },
  targets: SettingsTargets,
): AppliedSettings {
  let current: PageEffect | null = null;

  const apply = (settings: Settings): PageEffect => {
    const next = pageEffect(settings, page.siteUrl, page.topicIds);
    const { detection, card } = targets;
    // Topics and style first, so that a page turning on scans with them.
    detection.setStyle(next.style);
    if (!current || !sameTopics(current.topics, next.topics)) detection.setActiveTopics(next.topics);
    card.setSettings({
      hoverDelayMs: next.hoverDelayMs,
      cardLanguage: next.cardLanguage,
      active: next.active,
      topics: next.topics,
    });
    detection.setRunning(next.active);
    current = next;
    return next;
  };

  // A change seen before the first read finishes is newer than what that read returns.
  ctx.onInvalidated(followSettings((settings) => ctx.isValid && apply(settings)));
  const ready = first.then((settings) => {
    if (current === null && ctx.isValid) return apply(settings);
    return current ?? pageEffect(settings, page.siteUrl, page.topicIds);
  });
  return { current: () => current, ready };
}
