/**
 * How to drive real Firefox with the built add-on: Debian's firefox-esr through
 * WebDriver BiDi (puppeteer-core), the add-on installed as a temporary add-on.
 *
 * FACE_FACTS_FIREFOX picks a binary; otherwise /usr/bin/firefox-esr, then
 * /usr/bin/firefox. See docs/firefox.md for what works and why.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const GECKO_ID = 'face-facts@facefacts.example';
/** A fixed internal UUID, so that the add-on's pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '4b1c2a33-6f1e-4d55-9a0e-0face0facts0';

export function firefoxPath(): string | undefined {
  const fromEnv = process.env.FACE_FACTS_FIREFOX;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FACE_FACTS_FIREFOX=${fromEnv} does not exist`);
    return fromEnv;
  }
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on's id as Firefox reports it after installing. */
  id: string;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
}

export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox: install firefox-esr or set FACE_FACTS_FIREFOX.');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // BiDi refuses to navigate a tab to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The same quiet, closed-network profile as the Chromium runs.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'extensions.update.enabled': false,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    return { browser, id, extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
