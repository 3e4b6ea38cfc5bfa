/** The global on/off switch. */
import { i18n } from '#i18n';

interface Props {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

export function EnabledSwitch({ enabled, onChange }: Props) {
  return (
    <section class="card" aria-labelledby="general-heading">
      <h2 id="general-heading">{i18n.t('options_generalHeading')}</h2>
      <div class="check-row">
        <input
          id="enabled"
          type="checkbox"
          checked={enabled}
          aria-describedby="enabled-hint"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for="enabled">{i18n.t('options_enabledLabel')}</label>
      </div>
      <p id="enabled-hint" class="hint">
        {i18n.t('options_enabledHint')}
      </p>
    </section>
  );
}
