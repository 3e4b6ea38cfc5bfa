/** The site list: the mode, the listed sites with a remove button each, and a field to add one. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SiteMode } from '@/lib/settings/schema';
import { normalizeSitePattern } from '@/lib/settings/sites';
import { ModeSwitch } from './ModeSwitch';

interface Props {
  mode: SiteMode;
  sites: string[];
  onModeChange: (mode: SiteMode) => void;
  onSitesChange: (sites: string[]) => void;
}

type Message = { kind: 'error' | 'note'; text: string } | null;

export function SiteList({ mode, sites, onModeChange, onSitesChange }: Props) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusAfterRemove === null) return;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const target = buttons[Math.min(focusAfterRemove, buttons.length - 1)] ?? inputRef.current;
    target?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove]);

  const add = (event: Event) => {
    event.preventDefault();
    const typed = draft.trim();
    if (typed === '') {
      setMessage({ kind: 'error', text: i18n.t('options_siteEmptyInput') });
      return;
    }
    const pattern = normalizeSitePattern(typed);
    if (pattern === null) {
      setMessage({ kind: 'error', text: i18n.t('options_siteInvalid', [typed]) });
      return;
    }
    setDraft('');
    if (sites.includes(pattern)) {
      setMessage({ kind: 'note', text: i18n.t('options_siteDuplicate', [pattern]) });
      return;
    }
    onSitesChange([...sites, pattern]);
    setMessage(
      pattern === typed.toLowerCase() ? null : { kind: 'note', text: i18n.t('options_siteAddedAs', [pattern]) },
    );
  };

  const remove = (index: number) => {
    onSitesChange(sites.filter((_, i) => i !== index));
    setMessage(null);
    setFocusAfterRemove(index);
  };

  const invalid = message?.kind === 'error';
  const listHeading = mode === 'except' ? i18n.t('options_sitesListExcept') : i18n.t('options_sitesListOnly');

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options_sitesHeading')}</h2>
      <ModeSwitch mode={mode} onChange={onModeChange} />
      <h3 id="site-list-heading">{listHeading}</h3>
      {sites.length === 0 ? (
        <p class="hint">{i18n.t('options_sitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="site-list-heading" ref={listRef}>
          {sites.map((site, index) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={i18n.t('options_siteRemove', [site])}
                onClick={() => remove(index)}
              >
                {i18n.t('options_siteRemoveButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add} noValidate>
        <label for="site-input">{i18n.t('options_siteAddLabel')}</label>
        <div class="site-add-row">
          <input
            id="site-input"
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={invalid}
            aria-describedby={message ? 'site-hint site-message' : 'site-hint'}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              if (invalid) setMessage(null);
            }}
          />
          <button type="submit" class="button button-primary">
            {i18n.t('options_siteAddButton')}
          </button>
        </div>
        <p id="site-hint" class="hint">
          {i18n.t('options_siteHint')}
        </p>
        <p id="site-message" class={message?.kind === 'error' ? 'error' : 'note'} aria-live="polite">
          {message?.text}
        </p>
      </form>
    </section>
  );
}
