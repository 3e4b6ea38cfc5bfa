/**
 * Which Chromium to drive, and how to launch it with the built extension.
 *
 * FACE_FACTS_CHROMIUM picks a binary; otherwise Debian's /usr/bin/chromium;
 * otherwise Playwright's own browser (after `npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.FACE_FACTS_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FACE_FACTS_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags that keep Chromium quiet on a closed network, plus the extension. */
export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /**
   * The browser's UI language (`de`), which `browser.i18n` serves the
   * extension's pages in. Debian's chromium needs chromium-l10n for any but
   * en-US; `locale` alone only changes what pages see (navigator.language).
   */
  uiLanguage?: string;
  viewport?: { width: number; height: number } | null;
  /** Emulate a touch screen (taps send touch pointer events). */
  hasTouch?: boolean;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  return chromium.launchPersistentContext('', {
    headless: options.headless ?? true,
    executablePath: chromiumPath(),
    args: [...chromiumArgs(extensionDir), ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [])],
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    hasTouch: options.hasTouch ?? false,
  });
}

/** The extension's id, read from its MV3 service worker. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
