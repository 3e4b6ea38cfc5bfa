/** The language of hover cards: the page's, or always English or French. */
import { i18n } from '#i18n';
import type { CardLanguage as Language } from '@/lib/settings/schema';

interface Props {
  language: Language;
  onChange: (language: Language) => void;
}

export function CardLanguage({ language, onChange }: Props) {
  const choices: { value: Language; label: string; lang?: string }[] = [
    { value: 'auto', label: i18n.t('options_languageAuto') },
    { value: 'en', label: 'English', lang: 'en' },
    { value: 'fr', label: 'Français', lang: 'fr' },
  ];
  return (
    <fieldset class="card choices">
      <legend>
        <h2>{i18n.t('options_languageHeading')}</h2>
      </legend>
      {choices.map((choice) => (
        <div class="check-row" key={choice.value}>
          <input
            id={`language-${choice.value}`}
            type="radio"
            name="card-language"
            value={choice.value}
            checked={language === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <label for={`language-${choice.value}`} lang={choice.lang}>
            {choice.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
