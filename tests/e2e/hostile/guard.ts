/**
 * The hostile-page matrix's shared guard: did the extension throw, log an
 * error, or make a request? Every spec in this folder ends with
 * `await guard.assertClean()`.
 *
 * It records, for the whole browser context: uncaught errors of every page,
 * console errors of every page (the content script logs into its page's
 * console) and of the service worker, and every request of every page,
 * extension page and the service worker. A request is the page's own when it
 * comes from a page (not the worker) and asks the fixture server for a path
 * the spec declared (its pages and their assets); a request for one of the
 * extension's own files is fine (under its id, or under the per-session
 * dynamic id of a `use_dynamic_url` web-accessible resource such as the card
 * bundle); anything else is listed as a failure.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test as base } from '../harness';

export interface Guard {
  /** Paths on the fixture server, or whole URLs, that the page itself loads (pages and assets). */
  allow(...paths: string[]): void;
  /** Asserts 0 page errors, 0 console errors, 0 requests beyond the allowed ones. */
  assertClean(): Promise<void>;
}

function describeRequest(request: Request): string {
  const from = request.serviceWorker() ? 'service worker' : (() => {
    try {
      return `frame ${request.frame().url()}`;
    } catch {
      return 'unknown';
    }
  })();
  return `${request.method()} ${request.url()} (${request.resourceType()}, from ${from})`;
}

export const test = base.extend<{ guard: Guard }>({
  guard: async ({ context, server, extensionId, serviceWorker }, use) => {
    const errors: string[] = [];
    const requests: Request[] = [];
    const allowed = new Set<string>();
    const watch = (page: Page) => {
      page.on('pageerror', (error) => errors.push(`page error in ${page.url()}: ${error.stack ?? error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(`console error in ${page.url()}: ${message.text()} (at ${message.location().url || 'unknown'})`);
        }
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    serviceWorker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`service worker console error: ${message.text()}`);
    });
    context.on('request', (request) => requests.push(request));

    await use({
      allow: (...paths) => paths.forEach((path) => allowed.add(path)),
      async assertClean() {
        // Let late reports (a debounced message, a lazy chunk) arrive first.
        await new Promise((done) => setTimeout(done, 300));
        // runtime.getURL gives a web-accessible resource's dynamic URL when it has one.
        const dynamicOrigins = await serviceWorker.evaluate(() =>
          (chrome.runtime.getManifest().web_accessible_resources ?? []).flatMap((entry) =>
            typeof entry === 'string' ? [] : entry.resources.map((path) => new URL(chrome.runtime.getURL(`/${path}` as '/')).origin),
          ),
        );
        const ownFiles = [`chrome-extension://${extensionId}/`, ...dynamicOrigins.map((origin) => `${origin}/`)];
        const unexpected = requests.filter((request) => {
          const url = new URL(request.url());
          if (ownFiles.some((prefix) => request.url().startsWith(prefix))) return false;
          const pageOwn =
            !request.serviceWorker() && ((url.origin === server.origin && allowed.has(url.pathname)) || allowed.has(url.href));
          return !pageOwn;
        });
        expect(errors, `errors:\n${errors.join('\n')}`).toEqual([]);
        expect(unexpected.map(describeRequest), 'requests other than the page’s own and the extension’s files').toEqual([]);
      },
    });
  },
});

export { expect };
