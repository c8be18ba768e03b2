import { useEffect, useState } from 'react';
import { useT, useTitle } from '../../shared/i18n';
import { errorText, STAFF_MESSAGES } from '../messages';
import { useGqlMutation, useGqlQuery } from '../graphql';
import type { MyReportsQuery } from '../gql/graphql';
import { downloadReport } from './download';
import { MY_REPORTS, REQUEST_REPORT, SKM_CHOICES } from './reportOperations';
import { REPORT_MESSAGES, type ReportKey } from './reportMessages';
import './reports.css';

/** While a report is QUEUED or RUNNING the list asks again this often. */
const POLL_MS = 1500;
const PAGE = 20;

const kb = (bytes: number | null | undefined) => (bytes ? `${Math.max(1, Math.round(bytes / 1024))} KB` : '');

/** The SKM report form: a service point the caller may see (ADMIN: all; unit heads: theirs) and a period. */
function SkmForm() {
  const { t, lang } = useT(REPORT_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const choices = useGqlQuery(SKM_CHOICES, {});
  const request = useGqlMutation(REQUEST_REPORT, ['MyReports']);
  const [servicePointId, setServicePointId] = useState('');
  const [periodId, setPeriodId] = useState('');
  const [done, setDone] = useState('');
  const points = choices.data?.skmServicePoints ?? [];
  const periods = choices.data?.periods ?? [];
  useEffect(() => {
    if (!servicePointId && points.length) setServicePointId(points[0].id);
    if (!periodId && periods.length) setPeriodId(periods[0].id);
  }, [points, periods, servicePointId, periodId]);
  if (choices.error)
    return (
      <p className="err" role="alert">
        {errorText(choices.error, staff, lang)}
      </p>
    );
  if (!choices.data) return <p aria-busy="true">{staff('loading')}</p>;
  if (!points.length) return <p className="where">{t('noServicePoints')}</p>;
  if (!periods.length) return <p className="where">{t('noPeriods')}</p>;
  return (
    <form
      className="report-form"
      onSubmit={(e) => {
        e.preventDefault();
        setDone('');
        request.mutate(
          { input: { kind: 'SERVICE_POINT_SKM', servicePointId, periodId } },
          { onSuccess: (d) => setDone(t('requested', { subject: d.requestReport.subject })) },
        );
      }}
    >
      <p>
        <label className="block" htmlFor="report-sp">
          {t('servicePoint')}
        </label>
        <select id="report-sp" className="field" value={servicePointId} onChange={(e) => setServicePointId(e.target.value)}>
          {points.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label className="block" htmlFor="report-period">
          {t('period')}
        </label>
        <select id="report-period" className="field" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.startsOn} – {p.endsOn})
            </option>
          ))}
        </select>
      </p>
      <p>
        <button type="submit" disabled={request.isPending || !servicePointId || !periodId}>
          {request.isPending ? t('requesting') : t('requestSkm')}
        </button>
      </p>
      <p role="status" aria-live="polite">
        {done}
      </p>
      {request.error ? (
        <p className="err" role="alert">
          {errorText(request.error, staff, lang)}
        </p>
      ) : null}
    </form>
  );
}

type ReportRow = MyReportsQuery['myReports']['nodes'][number];

function DownloadButton({ r }: { r: ReportRow }) {
  const { t } = useT(REPORT_MESSAGES);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  if (!r.downloadUrl) return null;
  return (
    <>
      <button
        type="button"
        aria-label={t('downloadOf', { subject: r.subject, size: kb(r.sizeBytes) })}
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          downloadReport(r.downloadUrl!, r.fileName ?? 'laporan.pdf').then(
            () => setState('idle'),
            () => setState('failed'),
          );
        }}
      >
        {state === 'busy' ? t('downloading') : t('download')}
      </button>
      {state === 'failed' ? (
        <span className="err" role="alert">
          {' '}
          {t('downloadFailed')}
        </span>
      ) : null}
    </>
  );
}

/** My reports, newest first: status and progress (polled while one is in the making), download when READY, why when FAILED. */
function ReportList() {
  const { t, lang } = useT(REPORT_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const [first, setFirst] = useState(PAGE);
  const list = useGqlQuery(
    MY_REPORTS,
    { page: { first } },
    {
      refetchInterval: (q) =>
        q.state.data?.myReports.nodes.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING') ? POLL_MS : false,
    },
  );
  if (list.error && !list.data)
    return (
      <p className="err" role="alert">
        {errorText(list.error, staff, lang)}
      </p>
    );
  if (!list.data) return <p aria-busy="true">{staff('loading')}</p>;
  const rows = list.data.myReports.nodes;
  if (!rows.length) return <p className="empty">{t('empty')}</p>;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <div className="report-table" role="region" aria-label={t('listHeading')} tabIndex={0}>
        <table>
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colSubject')}</th>
              <th scope="col">{t('colKind')}</th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colRequested')}</th>
              <th scope="col">{t('colAction')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-status={r.status}>
                <th scope="row">{r.subject}</th>
                <td>{t(`kind${r.kind}` as ReportKey)}</td>
                <td>
                  <span>{t(`status${r.status}` as ReportKey, { progress: r.progress })}</span>
                  {r.status === 'QUEUED' || r.status === 'RUNNING' ? (
                    <progress max={100} value={r.progress} aria-label={t('progressLabel', { subject: r.subject })} />
                  ) : null}
                  {r.status === 'FAILED' && r.errorMessage ? <span className="err"> {serverWords(r.errorMessage, lang)}</span> : null}
                </td>
                <td>{when(r.createdAt as string)}</td>
                <td>
                  <DownloadButton r={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.data.myReports.pageInfo.hasNextPage ? (
        <button type="button" className="secondary" onClick={() => setFirst((n) => n + PAGE)}>
          {t('more')}
        </button>
      ) : null}
    </>
  );
}

/** "Indonesian / English" server words: the half for the language. */
const serverWords = (text: string, lang: string) => {
  const [id, en] = text.split(' / ');
  return lang === 'en' && en ? en : id;
};

/** Reports (/app/reports). */
export function ReportsPage() {
  const { t } = useT(REPORT_MESSAGES);
  useTitle(`${t('heading')} — Kinerja360`);
  return (
    <section className="reports-page">
      <h2>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <h3>{t('skmHeading')}</h3>
      <p className="where">{t('skmHelp')}</p>
      <SkmForm />
      <h3>{t('listHeading')}</h3>
      <ReportList />
    </section>
  );
}
