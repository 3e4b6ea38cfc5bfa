/** Whether the site list names the sites to skip or the only sites to run on. */
import { i18n } from '#i18n';
import type { SiteMode } from '@/lib/settings/schema';

interface Props {
  mode: SiteMode;
  onChange: (mode: SiteMode) => void;
}

export function ModeSwitch({ mode, onChange }: Props) {
  const choices: { value: SiteMode; label: string }[] = [
    { value: 'except', label: i18n.t('options_modeExcept') },
    { value: 'only', label: i18n.t('options_modeOnly') },
  ];
  return (
    <fieldset class="choices">
      <legend>{i18n.t('options_modeLegend')}</legend>
      {choices.map((choice) => (
        <div class="check-row" key={choice.value}>
          <input
            id={`mode-${choice.value}`}
            type="radio"
            name="site-mode"
            value={choice.value}
            checked={mode === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <label for={`mode-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
