/** The toolbar popup: what Face Facts found on this page, the per-site pause, and links to the timeline and settings. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TextLang } from '@/data/schema';
import { revealTopic } from '@/lib/popup/page-client';
import { isSiteAllowed, pauseSite, resumeSite, sitePatternFor } from '@/lib/settings/sites';
import { updateSettings } from '@/lib/settings/storage';
import { PageTopics, type PopupTopic } from './PageTopics';
import { PauseSwitch } from './PauseSwitch';
import { usePage } from './use-page';
import { useSettings } from './use-settings';

interface Props {
  topics: readonly PopupTopic[];
  lang: TextLang;
  version: string;
  /** The tab named by `?tab=<id>`, or null for the active tab. */
  explicitTab: number | null;
}

export function Popup({ topics, lang, version, explicitTab }: Props) {
  const { tabId, view } = usePage(explicitTab);
  const settings = useSettings();
  const [status, setStatus] = useState('');

  const reveal = async (topic: string) => {
    if (tabId === null) return;
    const result = await revealTopic(tabId, topic);
    const label = topics.find((t) => t.id === topic)?.label[lang] ?? topic;
    setStatus(
      result && result.total > 0
        ? i18n.t('popup_revealed', [label, result.index, result.total])
        : i18n.t('popup_unreachable'),
    );
  };

  const page = view.kind === 'ready' ? view.page : null;
  const canPause = page !== null && sitePatternFor(page.url) !== null;
  const paused = page !== null && settings !== null && !isSiteAllowed(settings, page.url);

  const setPaused = (next: boolean) => {
    if (!page) return;
    setStatus('');
    void updateSettings((current) => (next ? pauseSite(current, page.url) : resumeSite(current, page.url)));
  };

  return (
    <>
      <header class="popup-header">
        <h1>{i18n.t('extName')}</h1>
        <p class="version">{i18n.t('popup_version', [version])}</p>
      </header>
      <main>
        <section aria-labelledby="on-this-page">
          <h2 id="on-this-page">{i18n.t('popup_on_this_page')}</h2>
          {view.kind === 'loading' && <p class="note">{i18n.t('popup_reading')}</p>}
          {view.kind === 'unreadable' && <p class="note unreadable">{i18n.t('popup_unreadable')}</p>}
          {page && settings?.enabled === false && <p class="note">{i18n.t('popup_switched_off')}</p>}
          {page && !paused && settings?.enabled !== false && (
            <PageTopics topics={topics} counts={page.counts} lang={lang} onReveal={(topic) => void reveal(topic)} />
          )}
          <p class="reveal-status" role="status">
            {status}
          </p>
        </section>
        {page && (
          <section class="site" aria-label={i18n.t('popup_pause_site')}>
            {canPause ? (
              <PauseSwitch host={page.host} paused={paused} ready={settings !== null} onChange={setPaused} />
            ) : (
              <p class="note">{i18n.t('popup_no_site')}</p>
            )}
          </section>
        )}
      </main>
      <footer class="popup-links">
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/timeline.html') })}
        >
          {i18n.t('popup_timeline')}
        </button>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popup_options')}
        </button>
      </footer>
    </>
  );
}
