/** The highlight style, with a sample sentence painted exactly as pages will be. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { styledName } from '@/lib/highlight/names';
import type { HighlightStyle } from '@/lib/highlight/names';
import { RadioChoices, type Choice } from './RadioChoices';

interface Props {
  style: HighlightStyle;
  /** The colour slot of the sample topic, as the content script assigns it. */
  slot: number;
  onChange: (style: HighlightStyle) => void;
}

/** Paints `element`'s text with the content script's own highlight, while mounted. */
function usePreviewHighlight(element: HTMLElement | null, style: HighlightStyle, slot: number) {
  useEffect(() => {
    const name = styledName(style, slot);
    if (!element || !name || typeof Highlight === 'undefined' || !CSS.highlights) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    CSS.highlights.set(name, new Highlight(range));
    return () => {
      CSS.highlights.delete(name);
    };
  }, [element, style, slot]);
}

export function HighlightStylePicker({ style, slot, onChange }: Props) {
  const [term, setTerm] = useState<HTMLSpanElement | null>(null);
  usePreviewHighlight(term, style, slot);

  const choices: Choice<HighlightStyle>[] = [
    { value: 'background', label: i18n.t('options_styleBackground') },
    { value: 'underline', label: i18n.t('options_styleUnderline') },
    { value: 'none', label: i18n.t('options_styleNone'), describedBy: 'style-none-hint' },
  ];
  return (
    <fieldset class="card choices">
      <legend>
        <h2>{i18n.t('options_styleHeading')}</h2>
      </legend>
      <RadioChoices name="highlight-style" choices={choices} value={style} onChange={onChange} />
      <p id="style-none-hint" class="hint">
        {i18n.t('options_styleNoneHint')}
      </p>
      <figure class="preview" data-style={style}>
        <figcaption>{i18n.t('options_previewLabel')}</figcaption>
        <p data-testid="style-preview">
          {i18n.t('options_previewBefore')}
          <span ref={setTerm} class="preview-term">
            {i18n.t('options_previewTerm')}
          </span>
          {i18n.t('options_previewAfter')}
        </p>
      </figure>
    </fieldset>
  );
}
