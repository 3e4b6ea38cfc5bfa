/**
 * What does a page apply from the settings: is Face Facts on there, which
 * topics does it highlight, how, and how do its cards behave?
 */
import type { HighlightStyle } from '@/lib/highlight/names';
import type { CardLanguage, Settings } from './schema';
import { isActiveOn } from './sites';

export interface PageEffect {
  /** The global switch and the site list allow this page. */
  active: boolean;
  /** Topic ids to highlight (the known topics not switched off). */
  topics: ReadonlySet<string>;
  style: HighlightStyle;
  hoverDelayMs: number;
  cardLanguage: CardLanguage;
}

/** The ids of `topicIds` that the settings leave on, in their order. */
export function activeTopics(settings: Settings, topicIds: readonly string[]): Set<string> {
  const off = new Set(settings.disabledTopics);
  return new Set(topicIds.filter((id) => !off.has(id)));
}

/** Everything a page at `siteUrl` applies from `settings`. */
export function pageEffect(settings: Settings, siteUrl: string, topicIds: readonly string[]): PageEffect {
  return {
    active: isActiveOn(settings, siteUrl),
    topics: activeTopics(settings, topicIds),
    style: settings.highlightStyle,
    hoverDelayMs: settings.hoverDelayMs,
    cardLanguage: settings.cardLanguage,
  };
}

/** Whether two sets hold the same ids. */
export function sameTopics(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** What a frame knows about the page it is in. */
export interface FrameLocation {
  /** The frame's own URL. */
  href: string;
  /** `location.ancestorOrigins` (Chromium, WebKit): the parent's origin first, the top page's last. */
  ancestorOrigins?: ArrayLike<string> | undefined;
}

/**
 * The URL whose site the settings judge for a frame: the top-level page's
 * origin when the browser gives it (`ancestorOrigins`, Chromium), else the
 * frame's own URL (Firefox). So a site paused in the popup is paused in its
 * embedded frames too, and an ad frame on an allowed page follows that page.
 * An opaque ancestor (`"null"`, a sandboxed parent) falls back to the frame's URL.
 */
export function siteUrlOfFrame(frame: FrameLocation): string {
  const ancestors = frame.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  return top && top !== 'null' ? top : frame.href;
}
