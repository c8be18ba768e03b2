import { ReactNode, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlQuery } from '../../graphql';
import { STAFF_MESSAGES } from '../../messages';
import '../admin.css';
import { HeldRatings } from './HeldRatings';
import { Kiosks } from './Kiosks';
import { QueueDashboardButton } from './QueueDashboardButton';
import { RatingLinks } from './RatingLinks';
import { ListStatus } from './servicePointCommon';
import { SERVICE_POINTS } from './servicePointOperations';

/**
 * Administration (/app, ADMIN only): a service point's kiosks (register, pair with a six-digit code,
 * rename, revoke; last seen), rating links (create, print the QR code, revoke), held citizen ratings
 * (count or reject them), and the way into the read-only queue dashboard. Everything goes through the existing GraphQL API; the kiosk's
 * device token is never asked for: the tablet gets it by entering the pairing code at /kiosk.
 */

const SP_KEY = 'k360.staff.admin.servicePoint';

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="admin-picker">
      <label className="block" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** The Administrasi tab: pick a service point, then its kiosks, rating links and held ratings. */
export function ServicePointsPage() {
  const { t } = useT(STAFF_MESSAGES);
  const query = useGqlQuery(SERVICE_POINTS, {});
  const points = query.data?.servicePoints ?? null;
  const failed = query.error;
  const [chosen, setChosen] = useState<string>(() => localStorage.getItem(SP_KEY) ?? '');
  // The remembered point when it still exists, else the first.
  const spId = points && !points.some((p) => p.id === chosen) ? (points[0]?.id ?? '') : chosen;
  const pickerId = useId();
  const choose = (id: string) => {
    setChosen(id);
    try {
      localStorage.setItem(SP_KEY, id);
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  };
  const point = points?.find((p) => p.id === spId) ?? null;
  return (
    <section className="admin" aria-busy={points === null && !failed}>
      <div className="row admin-top">
        <h2 className="grow">{t('adminHeading')}</h2>
        <QueueDashboardButton />
      </div>
      {points?.length ? (
        <>
          <Labelled id={pickerId} label={t('servicePoint')}>
            <select id={pickerId} value={spId} onChange={(e) => choose(e.target.value)}>
              {points.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {p.unit.name}
                </option>
              ))}
            </select>
          </Labelled>
          {point ? (
            <div className="admin-grid">
              <Kiosks key={`k-${point.id}`} servicePoint={point} />
              <RatingLinks key={`l-${point.id}`} servicePoint={point} />
              <HeldRatings key={`h-${point.id}`} servicePoint={point} />
            </div>
          ) : null}
        </>
      ) : (
        <ListStatus items={points} failed={failed} empty="noServicePoints" />
      )}
    </section>
  );
}
