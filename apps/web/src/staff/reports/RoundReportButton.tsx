import { Link } from 'react-router';
import { useT } from '../../shared/i18n';
import { useGqlMutation } from '../graphql';
import { errorText, STAFF_MESSAGES } from '../messages';
import { REQUEST_REPORT } from './reportOperations';
import { REPORT_MESSAGES } from './reportMessages';

/** "Make PDF report" for a scored round (the round result pages: mine and the team's). */
export function RoundReportButton({ roundId, name }: { roundId: string; name: string }) {
  const { t, lang } = useT(REPORT_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const request = useGqlMutation(REQUEST_REPORT, ['MyReports']);
  return (
    <p className="row">
      <button
        type="button"
        className="secondary"
        aria-label={t('roundReportOf', { name })}
        disabled={request.isPending}
        onClick={() => request.mutate({ input: { kind: 'EMPLOYEE_ROUND', roundId } })}
      >
        {request.isPending ? t('requesting') : t('roundReport')}
      </button>
      {request.isSuccess ? (
        <span role="status">
          {t('roundReportDone')} <Link to="/reports">{t('goToReports')}</Link>
        </span>
      ) : null}
      {request.error ? (
        <span className="err" role="alert">
          {errorText(request.error, staff, lang)}
        </span>
      ) : null}
    </p>
  );
}
