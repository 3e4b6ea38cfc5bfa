/**
 * How are settings written to a file, and is a given file safe to import?
 *
 * An import is exact: any invalid or unknown field rejects the whole file
 * (all problems named at once) and nothing changes. Missing fields take
 * their defaults, and duplicate or differently written sites are merged.
 */
import { SETTINGS_VERSION, migrateSettings } from './migrations';
import { inspectSettings, isPlainObject, type SettingsProblem } from './parse';
import type { Settings } from './schema';

export const EXPORT_FORMAT = 'face-facts-settings';
export const EXPORT_FILE_NAME = 'face-facts-settings.json';
/** Larger files are refused unread: a real export is well under 10 kB. */
export const MAX_IMPORT_BYTES = 100_000;

export type ImportErrorCode =
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'newer-version'
  | 'invalid-settings';

export type ImportResult =
  | { ok: true; settings: Settings }
  | {
      ok: false;
      code: ImportErrorCode;
      /** An English sentence for logs and tests; the UI localizes `code`. */
      error: string;
      /** For `invalid-settings`: the fields at fault. */
      problems: SettingsProblem[];
    };

export function exportSettings(settings: Settings): string {
  const file = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function fail(code: ImportErrorCode, error: string, problems: SettingsProblem[] = []): ImportResult {
  return { ok: false, code, error, problems };
}

function byteLength(text: string): number {
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** Describes a problem path for the English error message. */
export function describeProblem(problem: SettingsProblem): string {
  return problem.kind === 'unknown-key' ? `unknown setting "${problem.path}"` : problem.path;
}

export function importSettings(text: string): ImportResult {
  if (byteLength(text) > MAX_IMPORT_BYTES) {
    return fail('too-large', `This file is too large to be a Face Facts settings file (over ${MAX_IMPORT_BYTES / 1000} kB).`);
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('not-json', 'This file is not valid JSON.');
  }
  if (!isPlainObject(file) || file.format !== EXPORT_FORMAT) {
    return fail('wrong-format', 'This file is not a Face Facts settings export.');
  }
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('wrong-format', 'This file has no valid settings version.');
  }
  if (version > SETTINGS_VERSION) {
    return fail('newer-version', `This file comes from a newer version of Face Facts (settings version ${version}); update the extension to import it.`);
  }
  if (!isPlainObject(file.settings)) {
    return fail('wrong-format', 'This file has no settings object.');
  }
  const { settings, problems } = inspectSettings(migrateSettings(file.settings, version));
  if (problems.length > 0) {
    return fail(
      'invalid-settings',
      `Nothing was imported: these settings are invalid: ${problems.map(describeProblem).join(', ')}.`,
      problems,
    );
  }
  return { ok: true, settings };
}
