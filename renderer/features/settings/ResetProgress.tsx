// "Reset reading progress", with a confirmation step: it forgets where every article was left.
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../services/context';

type Step = 'idle' | 'confirm' | 'working' | 'done' | 'failed';

export function ResetProgress() {
  const { db } = useApp();
  const [step, setStep] = useState<Step>('idle');
  const [message, setMessage] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // When the confirmation buttons are gone, focus goes back to where the user started; after
  // the render that brings the button back, not on a timer that may run before it.
  useEffect(() => {
    if (!returnFocus.current || !startRef.current) return;
    returnFocus.current = false;
    startRef.current.focus();
  }, [step]);

  const reset = async () => {
    setStep('working');
    try {
      await db.resetProgress();
      returnFocus.current = true;
      setStep('done');
      setMessage('Reading progress was reset. Your bookmarks, notes and highlights are kept.');
    } catch (error) {
      returnFocus.current = true;
      setStep('failed');
      setMessage(
        `Reading progress could not be reset: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const cancel = () => {
    returnFocus.current = true;
    setStep('idle');
  };

  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Reading progress</h2>
      <p>
        The library remembers how far you read in each article, to offer “Continue reading” and to
        bring you back to the same place.
      </p>
      {step === 'confirm' || step === 'working' ? (
        <div className="settings-confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">
            Forget how far you read in every article? This cannot be undone.
          </p>
          <div className="settings-actions">
            <button
              type="button"
              className="danger"
              autoFocus
              disabled={step === 'working'}
              onClick={() => void reset()}
            >
              Yes, reset reading progress
            </button>
            <button type="button" onClick={cancel} disabled={step === 'working'}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={startRef} onClick={() => setStep('confirm')}>
          Reset reading progress…
        </button>
      )}
      <p
        className={step === 'failed' ? 'settings-status settings-error' : 'settings-status'}
        role={step === 'failed' ? 'alert' : 'status'}
      >
        {step === 'done' || step === 'failed' ? message : ''}
      </p>
    </section>
  );
}
