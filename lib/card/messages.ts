/**
 * What do the card's content-script side and the background say to each other?
 *
 * - background → content: a keyboard command (`commands` in the manifest),
 *   relayed to the tab's top frame;
 * - content → background: open the extension's timeline page on a topic
 *   (a content script cannot open extension pages itself), and "don't show on
 *   this site" (the background owns the settings writes, so the content script
 *   carries no storage library: docs/performance.md).
 */

export const CARD_COMMANDS = ['next-mention', 'previous-mention'] as const;
export type CardCommand = (typeof CARD_COMMANDS)[number];

export interface CommandMessage {
  type: 'command';
  command: CardCommand;
}

export interface OpenTimelineMessage {
  type: 'open-timeline';
  topic: string;
  /** Show the facts from this day (YYYY-MM-DD) on. */
  from?: string;
}

export interface PauseSiteMessage {
  type: 'pause-site';
  /** The page whose site is paused (the top page's URL, or its origin from a frame). */
  siteUrl: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isCardCommand(value: unknown): value is CardCommand {
  return (CARD_COMMANDS as readonly unknown[]).includes(value);
}

export function isCommandMessage(message: unknown): message is CommandMessage {
  return isObject(message) && message.type === 'command' && isCardCommand(message.command);
}

export function isOpenTimelineMessage(message: unknown): message is OpenTimelineMessage {
  return (
    isObject(message) &&
    message.type === 'open-timeline' &&
    typeof message.topic === 'string' &&
    /^[a-z][a-z0-9-]*$/.test(message.topic) &&
    (message.from === undefined || (typeof message.from === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(message.from)))
  );
}

export function isPauseSiteMessage(message: unknown): message is PauseSiteMessage {
  return isObject(message) && message.type === 'pause-site' && typeof message.siteUrl === 'string' && URL.canParse(message.siteUrl);
}

/** The extension path of the timeline, opened on one topic (and from day `from` on). */
export function timelinePath(topic: string, from?: string): string {
  return `/timeline.html#topic=${encodeURIComponent(topic)}${from ? `&from=${from}` : ''}`;
}
