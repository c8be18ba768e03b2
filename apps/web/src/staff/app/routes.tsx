import type { ReactNode } from 'react';
import { page } from './lazy-page';
import { Link, Navigate, Outlet, useRouteError, type RouteObject } from 'react-router';
import { ADMIN_SECTIONS } from '../admin/sections';
import { AdminLayout } from '../admin/AdminLayout';
import { useT } from '../../shared/i18n';
import { STAFF_MESSAGES } from '../messages';
import { isAdmin, isLead, Me, useMe } from './me';
import { StaffLayout } from './StaffLayout';

/** Pages for some roles only: others see why (the API refuses them anyway). */
function Only({ allowed, roles, children }: { allowed: (me: Me) => boolean; roles: string; children: ReactNode }) {
  const { t } = useT(STAFF_MESSAGES);
  if (allowed(useMe())) return children;
  return (
    <section>
      <h2>{t('notAllowedHeading')}</h2>
      <p>{t('notAllowedBody', { roles })}</p>
      <Link to="/">{t('backHome')}</Link>
    </section>
  );
}

function NotFound() {
  const { t } = useT(STAFF_MESSAGES);
  return (
    <section>
      <h2>{t('notFoundHeading')}</h2>
      <p>{t('notFoundBody')}</p>
      <Link to="/">{t('backHome')}</Link>
    </section>
  );
}

/** A page's chunk failed to load (offline, a new deployment): say so, offer a reload. */
function PageFailed() {
  const { t } = useT(STAFF_MESSAGES);
  console.error(useRouteError());
  return (
    <section role="alert">
      <p>{t('pageFailed')}</p>
      <button onClick={() => window.location.reload()}>{t('retry')}</button>
    </section>
  );
}

const lead = (children: ReactNode) => (
  <Only allowed={isLead} roles="SUPERVISOR/ADMIN">
    {children}
  </Only>
);
const admin = (children: ReactNode) => (
  <Only allowed={isAdmin} roles="ADMIN">
    {children}
  </Only>
);

/**
 * The staff app's routes, under /app (the gateway serves staff.html for every /app/* path, so a
 * deep link or a reload lands on its page). Each area's pages are a chunk loaded when first opened.
 */
export const STAFF_ROUTES: RouteObject[] = [
  {
    element: <StaffLayout />,
    errorElement: <PageFailed />,
    children: [
      { index: true, lazy: page(() => import('../reviews/WaitingPage'), 'WaitingPage') },
      {
        path: 'team',
        element: lead(<Outlet />),
        children: [
          { index: true, lazy: page(() => import('../team/TeamPage'), 'TeamPage') },
          { path: 'dashboard', lazy: page(() => import('../team/TeamDashboardPage'), 'TeamDashboardPage') },
          { path: 'plans', lazy: page(() => import('../work-plans/TeamWorkPlansPage'), 'TeamWorkPlansPage') },
        ],
      },
      {
        path: 'satisfaction',
        element: lead(<Outlet />),
        children: [{ index: true, lazy: page(() => import('../satisfaction/SatisfactionPage'), 'SatisfactionPage') }],
      },
      {
        path: 'follow-up',
        element: lead(<Outlet />),
        children: [{ index: true, lazy: page(() => import('../satisfaction/FollowUpPage'), 'FollowUpPage') }],
      },
      {
        path: 'comments',
        element: lead(<Outlet />),
        children: [{ index: true, lazy: page(() => import('../satisfaction/CommentsPage'), 'CommentsPage') }],
      },
      { path: 'mine', lazy: page(() => import('../mine/MinePage'), 'MinePage') },
      { path: 'mine/results', lazy: page(() => import('../mine/MyResultsPage'), 'MyResultsPage') },
      { path: 'plan', lazy: page(() => import('../work-plans/MyWorkPlanPage'), 'MyWorkPlanPage') },
      { path: 'desk', lazy: page(() => import('../desk/ServiceDeskPage'), 'ServiceDeskPage') },
      { path: 'reports', lazy: page(() => import('../reports/ReportsPage'), 'ReportsPage') },
      { path: 'account', lazy: page(() => import('../account/AccountPage'), 'AccountPage') },
      {
        path: 'admin',
        element: admin(<AdminLayout />),
        children: [
          { index: true, element: <Navigate to={ADMIN_SECTIONS[0].path} replace /> },
          ...ADMIN_SECTIONS.map(({ path, lazy }) => ({ path, lazy })),
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
