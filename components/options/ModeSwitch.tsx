/** Whether the site list names the sites to skip or the only sites to run on. */
import { i18n } from '#i18n';
import type { SiteMode } from '@/lib/settings/schema';
import { RadioChoices, type Choice } from './RadioChoices';

interface Props {
  mode: SiteMode;
  onChange: (mode: SiteMode) => void;
}

export function ModeSwitch({ mode, onChange }: Props) {
  const choices: Choice<SiteMode>[] = [
    { value: 'except', label: i18n.t('options_modeExcept') },
    { value: 'only', label: i18n.t('options_modeOnly') },
  ];
  return (
    <fieldset class="choices">
      <legend>{i18n.t('options_modeLegend')}</legend>
      <RadioChoices name="site-mode" choices={choices} value={mode} onChange={onChange} />
    </fieldset>
  );
}
