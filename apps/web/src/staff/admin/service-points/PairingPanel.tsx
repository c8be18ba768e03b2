import { useEffect, useId, useRef } from 'react';
import { useT } from '../../../shared/i18n';
import { STAFF_MESSAGES } from '../../messages';
import { timeOnly } from './servicePointCommon';

export interface Pairing {
  kioskId: string;
  kioskName: string;
  code: string;
  expiresAt: string;
}

/** The large pairing code, with its expiry and what to do with it. */
export function PairingPanel({ pairing, now, onClose }: { pairing: Pairing; now: number; onClose: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  useEffect(() => ref.current?.focus(), [pairing.code]);
  const expired = Date.parse(pairing.expiresAt) <= now;
  return (
    <section ref={ref} tabIndex={-1} className="pairing notice" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('pairingHeading', { name: pairing.kioskName })}</h3>
      <p className={expired ? 'pair-code gone' : 'pair-code'} aria-describedby={`${headingId}-how`}>
        {pairing.code}
      </p>
      <p id={`${headingId}-how`} className="pair-how">
        {t('pairingHow')}
      </p>
      {expired ? (
        <p className="err" role="alert">
          {t('pairingExpired')}
        </p>
      ) : (
        <p>
          <time dateTime={pairing.expiresAt}>{t('pairingValid', { time: timeOnly(pairing.expiresAt, lang) })}</time>
        </p>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('pairingClose')}
      </button>
    </section>
  );
}
