import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../shared/i18n';
import { staffGql } from '../api';
import { errorText, STAFF_MESSAGES } from '../messages';
import { DESK_MESSAGES } from './deskMessages';
import './service-desk.css';
import { TableHead } from '../../shared/TableHead';

export interface DeskServicePoint {
  id: string;
  name: string;
  unitName: string;
}

interface Ticket {
  id: string;
  number: number;
  url: string;
  qrSvgUrl: string;
  issuedAt: string;
  usedAt: string | null;
  completedAt: string | null;
}

const TICKET_FIELDS = 'id number url qrSvgUrl issuedAt usedAt completedAt';
const PAGE = 20;

/** The slip shows the number with three digits: 007. */
export const slipNumber = (n: number) => String(n).padStart(3, '0');

const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'id-ID');

/**
 * The service desk (counter officer, staff of a service point): issues a one-time rating ticket
 * and shows its slip (printable on 58 mm or 80 mm thermal paper), lists today's open tickets and
 * marks a service complete, which records its completion time.
 */
export function ServiceDesk({ me, points }: { me: { id: string }; points: DeskServicePoint[] }) {
  const { t, lang } = useT(DESK_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const [pointId, setPointId] = useState(points[0]?.id ?? '');
  const [paper, setPaper] = useState<'58' | '80'>('58');
  const [slip, setSlip] = useState<Ticket | null>(null);
  const [open, setOpen] = useState<{ nodes: Ticket[]; total: number; after: string | null; more: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const point = points.find((p) => p.id === pointId) ?? points[0];

  const load = useCallback(
    async (after: string | null = null) => {
      try {
        const d = await staffGql<{
          openServiceTickets: { nodes: Ticket[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        }>(
          `query($sp: ID!, $first: Int!, $after: ID) { openServiceTickets(servicePointId: $sp, first: $first, after: $after) { nodes { ${TICKET_FIELDS} } totalCount pageInfo { hasNextPage endCursor } } }`,
          { sp: pointId, first: PAGE, after },
        );
        const page = d.openServiceTickets;
        setOpen((prev) => ({
          nodes: after && prev ? [...prev.nodes, ...page.nodes] : page.nodes,
          total: page.totalCount,
          after: page.pageInfo.endCursor,
          more: page.pageInfo.hasNextPage,
        }));
      } catch (err) {
        setError(err);
      }
    },
    [pointId],
  );
  useEffect(() => {
    setOpen(null);
    void load();
  }, [load]);

  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit' });
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  if (!point) return null;
  return (
    <section aria-labelledby="desk-heading">
      <h2 id="desk-heading">{t('heading')}</h2>
      {points.length > 1 ? (
        <p>
          <label className="block" htmlFor="desk-point">
            {t('servicePoint')}
          </label>
          <select id="desk-point" className="field" value={point.id} onChange={(e) => setPointId(e.target.value)}>
            {points.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.unitName}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <p>
          {point.name} — {point.unitName}
        </p>
      )}
      <p>
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            setNotice(null);
            try {
              const d = await staffGql<{ issueServiceTicket: Ticket }>(
                `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { ${TICKET_FIELDS} } }`,
                { i: { servicePointId: point.id, employeeId: me.id } },
              );
              setSlip(d.issueServiceTicket);
              setNotice(t('issued', { number: slipNumber(d.issueServiceTicket.number) }));
              await load();
            } catch (err) {
              setError(err);
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t('issuing') : t('issue')}
        </button>
      </p>
      {notice ? (
        <p className="notice ok" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="err" role="alert">
          {errorText(error, staff, lang)}
        </p>
      ) : null}
      {slip ? (
        <>
          <fieldset className="no-print">
            <legend>{t('paper')}</legend>
            {(['58', '80'] as const).map((w) => (
              <label key={w} className="row">
                <input type="radio" name="desk-paper" value={w} checked={paper === w} onChange={() => setPaper(w)} /> {w} mm
              </label>
            ))}
          </fieldset>
          <section className={`slip paper-${paper}`} aria-label={t('slip')} data-testid="slip">
            <p className="slip-sp">{point.name}</p>
            <p className="slip-unit">{point.unitName}</p>
            <p className="slip-label">{t('slipNumber')}</p>
            <p className="slip-number">{slipNumber(slip.number)}</p>
            <p className="slip-when">{dateTime(slip.issuedAt)}</p>
            <img className="slip-qr" src={slip.qrSvgUrl} alt={t('qrAlt', { number: slipNumber(slip.number) })} width={160} height={160} />
            <p className="slip-scan">{t('slipScan')}</p>
          </section>
          <p className="no-print">
            <button type="button" className="secondary" onClick={() => window.print()}>
              {t('print')}
            </button>
          </p>
        </>
      ) : null}
      <h3>{t('openHeading')}</h3>
      {!open ? (
        <p aria-busy="true">{staff('loading')}</p>
      ) : !open.nodes.length ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <p>{t('openCount', { count: open.total })}</p>
          <div className="desk-table" role="region" aria-label={t('openHeading')} tabIndex={0}>
            <table>
              <TableHead columns={[t('colNumber'), t('colIssued'), t('colRated'), t('colAction')]} />
              <tbody>
                {open.nodes.map((ticket) => (
                  <tr key={ticket.id}>
                    <td>{slipNumber(ticket.number)}</td>
                    <td>{time(ticket.issuedAt)}</td>
                    <td>{ticket.usedAt ? t('rated') : t('notRated')}</td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('completeLabel', { number: slipNumber(ticket.number) })}
                        onClick={async () => {
                          setError(null);
                          try {
                            const d = await staffGql<{ completeServiceTicket: Ticket }>(
                              `mutation($id: ID!) { completeServiceTicket(ticketId: $id) { ${TICKET_FIELDS} } }`,
                              { id: ticket.id },
                            );
                            const done = d.completeServiceTicket;
                            setNotice(
                              t('completed', { number: slipNumber(done.number), time: time(done.completedAt ?? new Date().toISOString()) }),
                            );
                            await load();
                          } catch (err) {
                            setError(err);
                          }
                        }}
                      >
                        {t('complete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {open.more ? (
            <p>
              <button type="button" className="secondary" onClick={() => void load(open.after)}>
                {t('more')}
              </button>
            </p>
          ) : null}
        </>
      )}
      <p>
        <button type="button" className="secondary" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </p>
    </section>
  );
}
