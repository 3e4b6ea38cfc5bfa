/** The popup's "Pause on this site" switch, with what it means for this host. */
import { i18n } from '#i18n';

interface Props {
  host: string;
  paused: boolean;
  /** False while settings are loading. */
  ready: boolean;
  onChange: (paused: boolean) => void;
}

export function PauseSwitch({ host, paused, ready, onChange }: Props) {
  return (
    <div class="pause">
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={paused}
        aria-describedby="pause-state"
        disabled={!ready}
        onClick={() => onChange(!paused)}
      >
        <span class="switch-label">{i18n.t('popup_pause_site')}</span>
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
      </button>
      <p id="pause-state" class="note">
        {i18n.t(paused ? 'popup_paused_here' : 'popup_active_here', [host])}
      </p>
    </div>
  );
}
