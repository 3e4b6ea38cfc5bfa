/** The language of hover cards: the page's, or always one of the table's, each named in itself. */
import { i18n } from '#i18n';
import { LANGUAGES } from '@/data/languages';
import type { CardLanguage as Language } from '@/lib/settings/schema';
import { RadioChoices, type Choice } from './RadioChoices';

interface Props {
  language: Language;
  onChange: (language: Language) => void;
}

const FORCED: Choice<Language>[] = LANGUAGES.map(({ code, name }) => ({ value: code, label: name, lang: code }));

export function CardLanguage({ language, onChange }: Props) {
  const choices: Choice<Language>[] = [{ value: 'auto', label: i18n.t('options_languageAuto') }, ...FORCED];
  return (
    <fieldset class="card choices">
      <legend>
        <h2>{i18n.t('options_languageHeading')}</h2>
      </legend>
      <RadioChoices name="card-language" choices={choices} value={language} onChange={onChange} />
    </fieldset>
  );
}
