/**
 * Compares, on a page loaded in Chromium with the extension, the oracle's
 * mentions with the extension's highlights in every frame.
 *
 * Both are read in one evaluation per frame, in an isolated world created over
 * the DevTools protocol: the page's Content-Security-Policy does not apply
 * there, and neither do the globals a hostile page broke in its own world.
 */
import type { CDPSession, Page } from '@playwright/test';
import { snapshotExpression } from './bundle';
import { differences, type Difference, type FrameMentions } from './compare';
import type { FrameSnapshot } from './types';

interface FrameTree {
  frame: { id: string; url: string; urlFragment?: string; unreachableUrl?: string };
  childFrames?: FrameTree[];
}

export interface CompareOptions {
  /** Frames whose URL starts with none of these are left out (error pages, other origins). */
  origins?: readonly string[];
  /** How long to wait for every frame's first scan and for the comparison to settle. */
  timeoutMs?: number;
  /** The gap between two snapshots while waiting. */
  quietMs?: number;
  /**
   * Keep comparing until nothing differs or the deadline passes, even when two snapshots agree:
   * after a storm, what is painted changes again once the page is calm (docs/detection.md).
   */
  untilMatch?: boolean;
}

export interface Comparison {
  /** Differences that stayed the same over two snapshots (or at the deadline). */
  differences: Difference[];
  /** How many mentions the oracle found, in every frame. */
  oracleCount: number;
  /** Every frame compared, `main` first. */
  frames: string[];
  /** Frames whose content script never measured its first scan. */
  unscanned: string[];
}

const EVALUATE_TIMEOUT_MS = 10_000;

function framesOf(tree: FrameTree, label = 'main'): Array<{ id: string; label: string; url: string; reachable: boolean }> {
  const here = { id: tree.frame.id, label, url: tree.frame.url, reachable: !tree.frame.unreachableUrl };
  return [here, ...(tree.childFrames ?? []).flatMap((child, i) => framesOf(child, `${label}>${i}`))];
}

async function snapshotFrame(cdp: CDPSession, frameId: string): Promise<FrameSnapshot> {
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'face-facts-oracle' });
  const evaluation = cdp.send('Runtime.evaluate', {
    expression: snapshotExpression(),
    contextId: executionContextId,
    returnByValue: true,
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`frame ${frameId} did not answer in ${EVALUATE_TIMEOUT_MS} ms`)), EVALUATE_TIMEOUT_MS);
  });
  try {
    const { result, exceptionDetails } = await Promise.race([evaluation, late]);
    if (exceptionDetails) {
      throw new Error(`the oracle threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as FrameSnapshot;
  } finally {
    clearTimeout(timer);
  }
}

/** One snapshot of every frame in reach. */
async function snapshotPage(cdp: CDPSession, origins: readonly string[]): Promise<Array<FrameMentions & { scanned: boolean }>> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frames = framesOf(frameTree).filter((f) => f.reachable && origins.some((origin) => f.url.startsWith(origin)));
  const found: Array<FrameMentions & { scanned: boolean }> = [];
  for (const frame of frames) {
    const snapshot = await snapshotFrame(cdp, frame.id);
    found.push({ frame: frame.label === 'main' ? 'main' : `${frame.label} ${frame.url}`, ...snapshot });
  }
  return found;
}

/**
 * Waits until every frame measured its first scan, then compares; a difference
 * counts once the same differences show in two snapshots `quietMs` apart (the
 * extension may still be painting a late frame), or at the deadline.
 */
export async function compareWithOracle(page: Page, options: CompareOptions = {}): Promise<Comparison> {
  const origins = options.origins ?? [new URL(page.url()).origin, 'about:'];
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const quietMs = options.quietMs ?? 200;
  const cdp = await page.context().newCDPSession(page);
  try {
    let previous: string | undefined;
    for (;;) {
      const frames = await snapshotPage(cdp, origins);
      const unscanned = frames.filter((f) => !f.scanned).map((f) => f.frame);
      const found = differences(frames);
      const oracleCount = frames.reduce((sum, f) => sum + f.oracle.length, 0);
      const now = JSON.stringify(found);
      const late = Date.now() > deadline;
      const settled = found.length === 0 || (now === previous && !options.untilMatch);
      if (late || (unscanned.length === 0 && settled)) {
        return { differences: found, oracleCount, frames: frames.map((f) => f.frame), unscanned };
      }
      if (unscanned.length === 0) previous = now;
      await page.waitForTimeout(quietMs);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
