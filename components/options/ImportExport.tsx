/** Export the settings to a JSON file, or import them from one (all or nothing). */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SettingsProblem } from '@/lib/settings/parse';
import type { Settings } from '@/lib/settings/schema';
import {
  EXPORT_FILE_NAME,
  MAX_IMPORT_BYTES,
  exportSettings,
  importSettings,
  type ImportErrorCode,
} from '@/lib/settings/transfer';

interface Props {
  settings: Settings;
  /** Saves imported settings; resolves to whether it worked. */
  onImport: (settings: Settings) => Promise<boolean>;
}

function problemText(problem: SettingsProblem): string {
  return problem.kind === 'unknown-key' ? i18n.t('options_importUnknownField', [problem.path]) : problem.path;
}

function errorText(code: ImportErrorCode | 'unreadable', problems: SettingsProblem[]): string {
  switch (code) {
    case 'too-large':
      return i18n.t('options_importTooLarge');
    case 'not-json':
      return i18n.t('options_importNotJson');
    case 'wrong-format':
      return i18n.t('options_importWrongFormat');
    case 'newer-version':
      return i18n.t('options_importNewer');
    case 'invalid-settings':
      return i18n.t('options_importInvalid', [problems.map(problemText).join(', ')]);
    case 'unreadable':
      return i18n.t('options_importUnreadable');
  }
}

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = EXPORT_FILE_NAME;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ImportExport({ settings, onImport }: Props) {
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError('');
    setDone('');
    let text: string;
    try {
      if (file.size > MAX_IMPORT_BYTES) return setError(errorText('too-large', []));
      text = await file.text();
    } catch {
      return setError(errorText('unreadable', []));
    }
    const result = importSettings(text);
    if (!result.ok) return setError(errorText(result.code, result.problems));
    if (await onImport(result.settings)) setDone(i18n.t('options_imported'));
  };

  return (
    <section class="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{i18n.t('options_transferHeading')}</h2>
      <p class="hint">{i18n.t('options_transferHint')}</p>
      <div class="transfer-row">
        <button type="button" class="button" onClick={() => download(exportSettings(settings))}>
          {i18n.t('options_export')}
        </button>
      </div>
      <div class="transfer-row">
        <label for="import-file">{i18n.t('options_importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-error"
          onChange={(event) => void readFile(event.currentTarget)}
        />
      </div>
      <div id="import-error" class="error" role="alert">
        {error}
      </div>
      <p class="note" role="status">
        {done}
      </p>
    </section>
  );
}
