/** The options page: every setting, saved as soon as it changes. */
import { i18n } from '#i18n';
import type { Settings } from '@/lib/settings/schema';
import { defaultSettings } from '@/lib/settings/schema';
import { CardLanguage } from './CardLanguage';
import { EnabledSwitch } from './EnabledSwitch';
import { HighlightStylePicker } from './HighlightStylePicker';
import { HoverDelay } from './HoverDelay';
import { ImportExport } from './ImportExport';
import { Reset } from './Reset';
import { SiteList } from './SiteList';
import { TopicToggles, type ToggleTopic } from './TopicToggles';
import { useStoredSettings, type SaveState } from './use-stored-settings';
import { Logo } from '@/components/page/Logo';

interface Props {
  name: string;
  version: string;
  topics: ToggleTopic[];
  /** The colour slot of the preview's sample topic. */
  previewSlot: number;
}

function statusText(state: SaveState): string {
  if (state.kind === 'saved') return i18n.t('options_saved');
  if (state.kind === 'saving') return i18n.t('options_saving');
  return '';
}

export function OptionsPage({ name, version, topics, previewSlot }: Props) {
  const { settings, saveState, update } = useStoredSettings();
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void update((current) => ({ ...current, [key]: value }));

  return (
    <>
      <header class="page-header">
        <h1>
          <Logo />
          {name}
        </h1>
        <p class="version">{i18n.t('options_version', [version])}</p>
      </header>
      <main class="options">
        <p class="save-status" role="status">
          {statusText(saveState)}
        </p>
        <div class="save-failed" role="alert">
          {saveState.kind === 'failed' ? i18n.t('options_saveFailed', [saveState.reason]) : ''}
        </div>
        {settings === null ? (
          <p>{i18n.t('options_loading')}</p>
        ) : (
          <>
            <EnabledSwitch enabled={settings.enabled} onChange={(enabled) => set('enabled', enabled)} />
            <SiteList
              mode={settings.siteMode}
              sites={settings.sites}
              onModeChange={(mode) => set('siteMode', mode)}
              onSitesChange={(sites) => set('sites', sites)}
            />
            <TopicToggles
              topics={topics}
              disabled={settings.disabledTopics}
              onChange={(disabled) => set('disabledTopics', disabled)}
            />
            <HighlightStylePicker
              style={settings.highlightStyle}
              slot={previewSlot}
              onChange={(style) => set('highlightStyle', style)}
            />
            <HoverDelay delayMs={settings.hoverDelayMs} onChange={(delay) => set('hoverDelayMs', delay)} />
            <CardLanguage language={settings.cardLanguage} onChange={(language) => set('cardLanguage', language)} />
            <ImportExport settings={settings} onImport={(imported) => update(() => imported)} />
            <Reset onReset={() => update(() => defaultSettings())} />
          </>
        )}
      </main>
    </>
  );
}
