import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { ApiError } from '../../shared/gql';
import { useT, useTitle } from '../../shared/i18n';
import { LangSwitch } from '../../shared/LangSwitch';
import { session } from '../api';
import { graphql, request, useGqlQuery } from '../graphql';
import { STAFF_MESSAGES } from '../messages';
import { DESK_MESSAGES } from '../desk/deskMessages';
import { WP_MESSAGES } from '../work-plans/workPlanMessages';
import { SATISFACTION_MESSAGES } from '../satisfaction/satisfactionMessages';
import { RESULTS_MESSAGES } from '../mine/resultsMessages';
import { REPORT_MESSAGES } from '../reports/reportMessages';
import { Login } from './Login';
import { isAdmin, isLead, Me, MeContext, STAFF_ME } from './me';
import { NotificationBell } from './Notifications';
import './staff.css';

const LOGOUT = graphql(`
  mutation StaffLogout {
    logout
  }
`);

/** A menu entry: a link that looks like a tab and says which page is open (aria-current). */
export function MenuLink({ to, end, children }: { to: string; end?: boolean; children: ReactNode }) {
  return (
    <NavLink to={to} end={end} className={({ isActive }) => (isActive ? 'tab' : 'tab secondary')}>
      {children}
    </NavLink>
  );
}

/**
 * The staff app's frame (/app/*): sign-in when there is no session, then the header (who, the
 * notification bell, sign out, language), the menu of the areas this person may use, and the page.
 */
export function StaffLayout() {
  const { t } = useT(STAFF_MESSAGES);
  const wp = useT(WP_MESSAGES).t;
  const desk = useT(DESK_MESSAGES).t;
  const sat = useT(SATISFACTION_MESSAGES).t;
  const results = useT(RESULTS_MESSAGES).t;
  const reports = useT(REPORT_MESSAGES).t;
  const client = useQueryClient();
  const [signedIn, setSignedIn] = useState(Boolean(session.get()));
  useTitle(t('pageTitle'));
  const meQuery = useGqlQuery(STAFF_ME, {}, { enabled: signedIn, staleTime: 60_000 });
  const signOut = () => {
    session.clear();
    client.clear();
    setSignedIn(false);
  };
  if (!signedIn || (meQuery.error instanceof ApiError && meQuery.error.code === 'UNAUTHENTICATED'))
    return (
      <Login
        onIn={() => {
          client.clear();
          setSignedIn(true);
        }}
      />
    );
  if (!meQuery.data)
    return (
      <main aria-busy={!meQuery.error}>
        <LangSwitch />
        {meQuery.error ? (
          <p className="err" role="alert">
            {t('offline')}{' '}
            <button className="secondary" onClick={() => void meQuery.refetch()}>
              {t('retry')}
            </button>
          </p>
        ) : (
          <p>{t('loading')}</p>
        )}
      </main>
    );
  const me: Me = { ...meQuery.data.me, desk: meQuery.data.deskServicePoints };
  return (
    <MeContext.Provider value={me}>
      <main className="wide">
        <header className="row">
          <h1>Kinerja360</h1>
          <span>
            {me.name} · {me.position}
          </span>
          <NotificationBell />
          <MenuLink to="/account">{t('tabAccount')}</MenuLink>
          <button
            className="secondary"
            onClick={async () => {
              await request(LOGOUT).catch(() => undefined);
              signOut();
            }}
          >
            {t('signOut')}
          </button>
          <LangSwitch />
        </header>
        <nav className="row" aria-label={t('menu')}>
          <MenuLink to="/" end>
            {t('tabWaiting')}
          </MenuLink>
          {isLead(me) ? (
            <>
              <MenuLink to="/team" end>
                {t('tabTeam')}
              </MenuLink>
              <MenuLink to="/team/dashboard">{t('tabTeamDashboard')}</MenuLink>
              <MenuLink to="/team/plans">{wp('tabTeamPlans')}</MenuLink>
              <MenuLink to="/satisfaction">{sat('tabSatisfaction')}</MenuLink>
              <MenuLink to="/follow-up">{sat('tabFollowUp')}</MenuLink>
              <MenuLink to="/comments">{sat('tabComments')}</MenuLink>
            </>
          ) : null}
          <MenuLink to="/mine" end>
            {t('tabMine')}
          </MenuLink>
          <MenuLink to="/mine/results">{results('tabResults')}</MenuLink>
          <MenuLink to="/plan">{wp('tabPlan')}</MenuLink>
          {me.desk.length ? <MenuLink to="/desk">{desk('tabDesk')}</MenuLink> : null}
          <MenuLink to="/reports">{reports('tabReports')}</MenuLink>
          {isAdmin(me) ? <MenuLink to="/admin">{t('tabAdmin')}</MenuLink> : null}
        </nav>
        <Outlet />
      </main>
    </MeContext.Provider>
  );
}
