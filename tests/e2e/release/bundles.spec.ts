/**
 * No dangerous sinks in what ships: every built script of both builds.
 *
 * Checked: no `eval(`, `new Function`, `Function(` called as a constructor,
 * `document.write`, `insertAdjacentHTML`, `outerHTML =`, no `http:` links in
 * the dataset, and `innerHTML` written only by Preact's renderer. Preact
 * implements the `dangerouslySetInnerHTML` prop (`el.innerHTML = props.__html`)
 * and the string is in its code; our code never passes that prop (an eslint
 * rule forbids it), so the only allowed innerHTML write is that one line.
 * Zod, which checks the dataset at build time, would compile validators with
 * `new Function`: the check proves no zod code ships.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../../..');

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function(', /(?<![\w$.])Function\s*\(/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['outerHTML =', /outerHTML\s*=(?!=)/],
  ['setTimeout with a string', /setTimeout\(\s*["'`]/],
];
/** Preact's diff: `e.innerHTML = f.__html` for dangerouslySetInnerHTML. */
const PREACT_INNER_HTML = /[\w$]+\.innerHTML=[\w$]+\.__html/;

for (const build of ['chrome-mv3', 'firefox-mv2']) {
  test(`${build}: no eval, Function, document.write or HTML-string sinks in any bundle`, () => {
    const files = scripts(resolve(ROOT, '.output', build));
    expect(files.length).toBeGreaterThan(4);
    const found: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const name = relative(ROOT, file);
      for (const [label, pattern] of FORBIDDEN) if (pattern.test(code)) found.push(`${name}: ${label}`);
      const writes = code.match(/[\w$]+\.innerHTML\s*=(?!=)[^,;)]*/g) ?? [];
      for (const write of writes) if (!PREACT_INNER_HTML.test(write)) found.push(`${name}: ${write}`);
    }
    expect(found).toEqual([]);
  });

  test(`${build}: every link shipped in the dataset is https`, () => {
    const links = scripts(resolve(ROOT, '.output', build))
      .flatMap((file) => readFileSync(file, 'utf8').match(/\\?"url\\?":\s*\\?"[^"\\]+/g) ?? [])
      .map((match) => match.replace(/^.*"/, ''));
    expect(links.length).toBeGreaterThan(40);
    expect(links.filter((url) => !url.startsWith('https://'))).toEqual([]);
  });
}
