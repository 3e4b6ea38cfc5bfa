/**
 * Least privilege, read from the BUILT manifests (Chrome MV3 and Firefox MV2):
 * permissions, host access, content-script settings and web-accessible
 * resources equal what docs/permissions.md lists and explains, and nothing
 * dangerous is declared.
 * No browser needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  web_accessible_resources?: unknown[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: Array<Record<string, unknown>>;
  content_security_policy?: unknown;
};

function manifest(build: string): Manifest {
  const file = resolve(ROOT, '.output', build, 'manifest.json');
  expect(existsSync(file), `${file} (run npm run build and npm run build:firefox)`).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The first column of the table between `<!-- name:start -->` and `<!-- name:end -->`, without backticks. */
function documented(name: string): string[][] {
  const doc = readFileSync(resolve(ROOT, 'docs/permissions.md'), 'utf8');
  const section = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(doc)?.[1];
  if (!section) throw new Error(`docs/permissions.md has no ${name} section`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim().replace(/`/g, '')));
}

for (const build of BUILDS) {
  test(`${build}: permissions are exactly the documented ones`, () => {
    const m = manifest(build);
    const permissions = documented('permissions').map(([name]) => name);
    expect(permissions).toEqual(['storage']);
    expect(m.permissions ?? []).toEqual(permissions);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  test(`${build}: the content scripts are exactly the documented ones, each with the documented reach`, () => {
    const scripts = manifest(build).content_scripts ?? [];
    const browser = build.startsWith('firefox') ? 'Firefox' : 'Chrome';
    const files = documented('content-script-files').filter(([, , , browsers]) => browsers!.includes(browser));
    expect(scripts.map((script) => [(script.js as string[]).join(' '), script.world ?? 'ISOLATED', script.run_at])).toEqual(
      files.map(([file, world, runAt]) => [file, world, runAt]),
    );
    for (const script of scripts) {
      for (const [key, value] of documented('content-scripts')) {
        expect(script[key!], `${String(script.js)}: ${key}`).toEqual(key === 'matches' ? [value] : value === 'true');
      }
    }
  });

  test(`${build}: no tabs, scripting, webRequest, external messaging or remote code`, () => {
    const m = manifest(build);
    const all = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
    for (const risky of ['tabs', 'scripting', 'activeTab', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'cookies', 'history']) {
      expect(all, risky).not.toContain(risky);
    }
    expect(m.externally_connectable).toBeUndefined();
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/https?:/);
  });
}

test('chrome-mv3: web-accessible resources are exactly the documented ones, each behind a dynamic URL', () => {
  const resources = manifest('chrome-mv3').web_accessible_resources;
  const expected = documented('web-accessible-resources').map(([resource, matches, dynamic]) => ({
    resources: [resource],
    matches: [matches],
    use_dynamic_url: dynamic === 'true',
  }));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.every((entry) => entry.use_dynamic_url)).toBe(true);
  expect(resources).toEqual(expected);
  // Each one is in the package.
  for (const { resources: [file] } of expected) expect(existsSync(resolve(ROOT, '.output/chrome-mv3', file!)), file).toBe(true);
});

test('firefox-mv2: no web-accessible resources (content scripts load their own files)', () => {
  expect(manifest('firefox-mv2').web_accessible_resources ?? []).toEqual([]);
});

test('firefox-mv2: gecko id, no data collected, and a minimum version that reads it', () => {
  const gecko = (manifest('firefox-mv2').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
  expect(gecko.id).toBe('face-facts@facefacts.example');
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(140);
});

test('chrome-mv3: icons 16 to 128 for the extension and its toolbar button', () => {
  const m = manifest('chrome-mv3') as Manifest & { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
  const sizes = ['16', '32', '48', '96', '128'];
  expect(Object.keys(m.icons).sort((a, b) => +a - +b)).toEqual(sizes);
  expect(m.action.default_icon).toEqual(m.icons);
  for (const path of Object.values(m.icons)) expect(existsSync(resolve(ROOT, '.output/chrome-mv3', path)), path).toBe(true);
});
