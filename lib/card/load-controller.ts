/**
 * How does the content script get the card controller? When the page's first
 * mention is painted, once; a failure ends as `null` and no card opens
 * (lib/lazy-bundle.ts).
 */
import { lazyBundle } from '../lazy-bundle';
import type { mountCard } from './controller';

export interface ControllerBundle {
  /** Mounts the card controller (lib/card/controller.ts). */
  mountCard: typeof mountCard;
}

function isControllerBundle(value: unknown): value is ControllerBundle {
  return typeof value === 'object' && value !== null && typeof (value as ControllerBundle).mountCard === 'function';
}

/** A memoised loader of the controller bundle; `importBundle` imports the module. */
export function controllerLoader(importBundle: () => Promise<{ default?: unknown }>): () => Promise<ControllerBundle | null> {
  return lazyBundle(importBundle, isControllerBundle);
}
