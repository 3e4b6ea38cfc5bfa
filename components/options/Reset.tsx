/** Reset to defaults, behind an inline confirmation step (Escape cancels). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface Props {
  onReset: () => Promise<boolean>;
}

export function Reset({ onReset }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    const ok = await onReset();
    setDone(ok);
    setConfirming(false);
  };

  return (
    <section class="card" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{i18n.t('options_resetHeading')}</h2>
      {confirming ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setConfirming(false);
            }
          }}
        >
          <p id="reset-question">{i18n.t('options_resetQuestion')}</p>
          <div class="confirm-row">
            <button type="button" class="button button-danger" onClick={() => void confirm()}>
              {i18n.t('options_resetConfirm')}
            </button>
            <button type="button" class="button" ref={cancelRef} onClick={() => setConfirming(false)}>
              {i18n.t('options_resetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button"
          ref={startRef}
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          {i18n.t('options_resetButton')}
        </button>
      )}
      <p class="note" role="status">
        {done ? i18n.t('options_resetDone') : ''}
      </p>
    </section>
  );
}
