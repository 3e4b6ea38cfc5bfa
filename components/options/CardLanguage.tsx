/** The language of hover cards: the page's, or always English or French. */
import { i18n } from '#i18n';
import type { CardLanguage as Language } from '@/lib/settings/schema';
import { RadioChoices, type Choice } from './RadioChoices';

interface Props {
  language: Language;
  onChange: (language: Language) => void;
}

export function CardLanguage({ language, onChange }: Props) {
  const choices: Choice<Language>[] = [
    { value: 'auto', label: i18n.t('options_languageAuto') },
    { value: 'en', label: 'English', lang: 'en' },
    { value: 'fr', label: 'Français', lang: 'fr' },
  ];
  return (
    <fieldset class="card choices">
      <legend>
        <h2>{i18n.t('options_languageHeading')}</h2>
      </legend>
      <RadioChoices name="card-language" choices={choices} value={language} onChange={onChange} />
    </fieldset>
  );
}
