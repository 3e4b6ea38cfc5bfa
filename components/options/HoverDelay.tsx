/** How long the pointer rests on a mention before its card opens. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { HOVER_DELAY_MS } from '@/lib/settings/schema';

interface Props {
  delayMs: number;
  onChange: (delayMs: number) => void;
}

export function HoverDelay({ delayMs, onChange }: Props) {
  // The label follows the slider while it moves; storage is written when it settles.
  const [shown, setShown] = useState(delayMs);
  useEffect(() => setShown(delayMs), [delayMs]);
  const label = i18n.t('options_delayValue', [String(shown)]);
  return (
    <section class="card" aria-labelledby="delay-heading">
      <h2 id="delay-heading">{i18n.t('options_delayHeading')}</h2>
      <label for="hover-delay">{i18n.t('options_delayLabel')}</label>
      <div class="range-row">
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_MS.min}
          max={HOVER_DELAY_MS.max}
          step={HOVER_DELAY_MS.step}
          value={shown}
          aria-valuetext={label}
          aria-describedby="hover-delay-hint"
          onInput={(event) => setShown(Number(event.currentTarget.value))}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
        <output for="hover-delay" aria-hidden="true">
          {label}
        </output>
      </div>
      <p id="hover-delay-hint" class="hint">
        {i18n.t('options_delayHint')}
      </p>
    </section>
  );
}
