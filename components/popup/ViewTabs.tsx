/**
 * The popup's two views as a tab list: one tab stop, arrow keys (and Home,
 * End) move between the tabs and select them, as in the WAI-ARIA tabs pattern.
 */
import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { POPUP_VIEWS, type PopupView } from '@/lib/popup/view-memory';

interface Props {
  selected: PopupView;
  onSelect: (view: PopupView) => void;
  /** The user shows interest in a view (pointer over it or focus): a chance to load it early. */
  onIntent: (view: PopupView) => void;
}

const LABELS: Record<PopupView, () => string> = {
  page: () => i18n.t('popup_on_this_page'),
  timeline: () => i18n.t('popup_tab_timeline'),
};

export const tabId = (view: PopupView) => `tab-${view}`;
export const panelId = (view: PopupView) => `panel-${view}`;

export function ViewTabs({ selected, onSelect, onIntent }: Props) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = POPUP_VIEWS.indexOf(selected);
    const last = POPUP_VIEWS.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const view = POPUP_VIEWS[(next + POPUP_VIEWS.length) % POPUP_VIEWS.length]!;
    onSelect(view);
    list.current?.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus();
  };

  return (
    <div class="view-tabs" role="tablist" aria-label={i18n.t('popup_views')} ref={list} onKeyDown={onKeyDown}>
      {POPUP_VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={tabId(view)}
          class="view-tab"
          aria-selected={view === selected}
          aria-controls={panelId(view)}
          tabIndex={view === selected ? 0 : -1}
          onClick={() => onSelect(view)}
          onPointerEnter={() => onIntent(view)}
          onFocus={() => onIntent(view)}
        >
          {LABELS[view]()}
        </button>
      ))}
    </div>
  );
}
