/** The timeline's text search field, labelled, with a hint about languages and accents. */
import { i18n } from '#i18n';

interface Props {
  value: string;
  onInput: (value: string) => void;
}

export function SearchBox({ value, onInput }: Props) {
  return (
    <div class="search">
      <label for="timeline-search">{i18n.t('timeline_search')}</label>
      <input
        id="timeline-search"
        type="search"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="timeline-search-hint"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p id="timeline-search-hint" class="hint">
        {i18n.t('timeline_search_hint')}
      </p>
    </div>
  );
}
