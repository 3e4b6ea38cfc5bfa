/**
 * The toolbar popup: two views in tabs, what Face Facts found on this page
 * (with the per-site pause) and the timeline of every fact, and links to the
 * timeline page and settings. The timeline's code and data load on demand.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TextLang } from '@/data/schema';
import { topicTotals } from '@/lib/badge';
import { frameReveal } from '@/lib/popup/frame-reveal';
import { revealInFrame } from '@/lib/popup/page-client';
import { isSiteAllowed, pauseSite, resumeSite, sitePatternFor } from '@/lib/settings/sites';
import { updateSettings } from '@/lib/settings/storage';
import { rememberView, type PopupView } from '@/lib/popup/view-memory';
import { PageTopics, type PopupTopic } from './PageTopics';
import { PauseSwitch } from './PauseSwitch';
import { panelId, tabId, ViewTabs } from './ViewTabs';
import { usePage } from './use-page';
import { useSettings } from './use-settings';
import { Logo } from '@/components/page/Logo';

interface Props {
  topics: readonly PopupTopic[];
  lang: TextLang;
  version: string;
  /** The tab named by `?tab=<id>`, or null for the active tab. */
  explicitTab: number | null;
  /** The view to open on (the one last chosen in this browser session). */
  initialView: PopupView;
}

type TimelineModule = typeof import('./PopupTimeline');
let timelineModule: Promise<TimelineModule> | undefined;
/** The Timeline view's chunk (its components and the full dataset), fetched once. */
const loadTimeline = () => (timelineModule ??= import('./PopupTimeline'));

export function Popup({ topics, lang, version, explicitTab, initialView }: Props) {
  const { tabId: pageTab, view, frames } = usePage(explicitTab);
  const tab = useRef(pageTab);
  tab.current = pageTab;
  const [revealNext] = useState(() => frameReveal((frameId, topic) => revealInFrame(tab.current ?? -1, frameId, topic)));
  const settings = useSettings();
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState<PopupView>(initialView);
  const [Timeline, setTimeline] = useState<TimelineModule['PopupTimeline'] | null>(null);

  useEffect(() => {
    if (shown === 'timeline' && !Timeline) void loadTimeline().then((module) => setTimeline(() => module.PopupTimeline));
  }, [shown, Timeline]);

  const select = (next: PopupView) => {
    setShown(next);
    void rememberView(next);
  };

  const reveal = async (topic: string) => {
    if (pageTab === null) return;
    const result = await revealNext(frames, topic);
    const label = topics.find((t) => t.id === topic)?.label[lang] ?? topic;
    if ('unreachable' in result) setStatus(i18n.t(result.frameId === 0 ? 'popup_unreachable' : 'popup_unreachable_frame'));
    else if (result.total === 0) setStatus(i18n.t('popup_mention_gone'));
    else setStatus(i18n.t('popup_revealed', [label, result.index, result.total]));
  };

  const page = view.kind === 'ready' ? view.page : null;
  const canPause = page !== null && sitePatternFor(page.url) !== null;
  const paused = page !== null && settings !== null && !isSiteAllowed(settings, page.url);
  const listed = page !== null && !paused && settings?.enabled !== false;
  const counts = listed && page.active ? topicTotals(frames) : {};
  const found = topics.filter((topic) => (counts[topic.id] ?? 0) > 0).map((topic) => topic.id);

  const setPaused = (next: boolean) => {
    if (!page) return;
    setStatus('');
    void updateSettings((current) => (next ? pauseSite(current, page.url) : resumeSite(current, page.url)));
  };

  return (
    <div class="popup" data-view={shown}>
      <header class="popup-header">
        <h1>
          <Logo />
          {i18n.t('extName')}
        </h1>
        <p class="version">{i18n.t('popup_version', [version])}</p>
      </header>
      <main>
        <ViewTabs selected={shown} onSelect={select} onIntent={(next) => next === 'timeline' && void loadTimeline()} />
        <section id={panelId('page')} class="panel" role="tabpanel" aria-labelledby={tabId('page')} hidden={shown !== 'page'}>
          {view.kind === 'loading' && <p class="note">{i18n.t('popup_reading')}</p>}
          {view.kind === 'unreadable' && <p class="note unreadable">{i18n.t('popup_unreadable')}</p>}
          {page && settings?.enabled === false && <p class="note">{i18n.t('popup_switched_off')}</p>}
          {listed && (
            <PageTopics topics={topics} counts={counts} lang={lang} onReveal={(topic) => void reveal(topic)} />
          )}
          <p class="reveal-status" role="status">
            {status}
          </p>
          {page && (
            <section class="site" aria-label={i18n.t('popup_pause_site')}>
              {canPause ? (
                <PauseSwitch host={page.host} paused={paused} ready={settings !== null} onChange={setPaused} />
              ) : (
                <p class="note">{i18n.t('popup_no_site')}</p>
              )}
            </section>
          )}
        </section>
        <section
          id={panelId('timeline')}
          class="panel panel-timeline"
          role="tabpanel"
          aria-labelledby={tabId('timeline')}
          hidden={shown !== 'timeline'}
        >
          {Timeline ? <Timeline lang={lang} found={found} /> : <p class="note">{i18n.t('popup_loading_timeline')}</p>}
        </section>
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
    </div>
  );
}
