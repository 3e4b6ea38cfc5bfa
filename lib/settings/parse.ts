/**
 * What settings does an untrusted value (storage, a hand edit, a file) hold?
 *
 * Parsing is field by field: a bad field falls back to its default, a bad
 * list entry is dropped, unknown keys are dropped, and anything that is not a
 * plain object gives the defaults. It never throws.
 */
import { SETTING_FIELDS, SETTING_KEYS, defaultSettings, type ListParser, type SettingKey, type Settings } from './schema';

/** One thing the parser had to repair, by path (`hoverDelayMs`, `sites[2]`, `colour`). */
export interface SettingsProblem {
  path: string;
  kind: 'not-an-object' | 'invalid' | 'unknown-key';
}

export interface InspectedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}


export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The valid entries of a list, normalized and without duplicates. */
function parseList(key: SettingKey, list: ListParser<string>, value: unknown[], problems: SettingsProblem[]): string[] {
  const kept = new Set<string>();
  value.forEach((entry, index) => {
    const parsed = list.entry(entry);
    if (parsed !== undefined) kept.add(parsed);
    else problems.push({ path: `${key}[${index}]`, kind: 'invalid' });
  });
  return [...kept];
}

/** The settings in `raw`, and every problem met on the way. */
export function inspectSettings(raw: unknown): InspectedSettings {
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  if (!isPlainObject(raw)) {
    problems.push({ path: '', kind: 'not-an-object' });
    return { settings, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!(SETTING_KEYS as string[]).includes(key)) problems.push({ path: key, kind: 'unknown-key' });
  }
  const target = settings as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    const field = SETTING_FIELDS[key];
    if (typeof field !== 'function') {
      if (Array.isArray(value)) target[key] = parseList(key, field, value, problems);
      else problems.push({ path: key, kind: 'invalid' });
      continue;
    }
    const parsed = field(value);
    if (parsed !== undefined) target[key] = parsed;
    else problems.push({ path: key, kind: 'invalid' });
  }
  return { settings, problems };
}

/** The settings in `raw`, repaired where needed. Pure; never throws. */
export function parseSettings(raw: unknown): Settings {
  return inspectSettings(raw).settings;
}
