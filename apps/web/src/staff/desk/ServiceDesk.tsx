import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useT } from '../../shared/i18n';
import { graphql, request, useGqlMutation } from '../graphql';
import { errorText, STAFF_MESSAGES } from '../messages';
import { DESK_MESSAGES } from './deskMessages';
import './service-desk.css';
import { TableHead } from '../../shared/TableHead';

export interface DeskServicePoint {
  id: string;
  name: string;
  unitName: string;
}

const OPEN_TICKETS = graphql(`
  query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {
    openServiceTickets(servicePointId: $sp, first: $first, after: $after) {
      nodes {
        id
        number
        issuedAt
        usedAt
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ISSUE_TICKET = graphql(`
  mutation IssueServiceTicket($i: IssueServiceTicketInput!) {
    issueServiceTicket(input: $i) {
      id
      number
      url
      qrSvgUrl
      issuedAt
    }
  }
`);
const COMPLETE_TICKET = graphql(`
  mutation CompleteServiceTicket($id: ID!) {
    completeServiceTicket(ticketId: $id) {
      number
      completedAt
    }
  }
`);
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
  const [slip, setSlip] = useState<{ number: number; qrSvgUrl: string; issuedAt: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const point = points.find((p) => p.id === pointId) ?? points[0];
  const tickets = useInfiniteQuery({
    queryKey: ['OpenServiceTickets', point?.id],
    queryFn: ({ pageParam }) => request(OPEN_TICKETS, { sp: point.id, first: PAGE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.openServiceTickets.pageInfo.hasNextPage ? last.openServiceTickets.pageInfo.endCursor : null),
    enabled: Boolean(point),
  });
  const issue = useGqlMutation(ISSUE_TICKET, ['OpenServiceTickets']);
  const complete = useGqlMutation(COMPLETE_TICKET, ['OpenServiceTickets']);
  const error = issue.error ?? complete.error ?? tickets.error;
  const open = tickets.data
    ? {
        nodes: tickets.data.pages.flatMap((p) => p.openServiceTickets.nodes),
        total: tickets.data.pages[0].openServiceTickets.totalCount,
      }
    : null;
  const act = () => {
    issue.reset();
    complete.reset();
    setNotice(null);
  };

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
          disabled={issue.isPending}
          onClick={() => {
            act();
            issue.mutate(
              { i: { servicePointId: point.id, employeeId: me.id } },
              {
                onSuccess: (d) => {
                  setSlip(d.issueServiceTicket);
                  setNotice(t('issued', { number: slipNumber(d.issueServiceTicket.number) }));
                },
              },
            );
          }}
        >
          {issue.isPending ? t('issuing') : t('issue')}
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
                        onClick={() => {
                          act();
                          complete.mutate(
                            { id: ticket.id },
                            {
                              onSuccess: (d) => {
                                const done = d.completeServiceTicket;
                                setNotice(
                                  t('completed', {
                                    number: slipNumber(done.number),
                                    time: time(done.completedAt ?? new Date().toISOString()),
                                  }),
                                );
                              },
                            },
                          );
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
          {tickets.hasNextPage ? (
            <p>
              <button type="button" className="secondary" onClick={() => void tickets.fetchNextPage()}>
                {t('more')}
              </button>
            </p>
          ) : null}
        </>
      )}
      <p>
        <button type="button" className="secondary" onClick={() => void tickets.refetch()}>
          {t('refresh')}
        </button>
      </p>
    </section>
  );
}
