import { Outlet } from 'react-router';
import { useT } from '../../shared/i18n';
import { MenuLink } from '../app/StaffLayout';
import { ADMIN_MESSAGES } from './adminMessages';
import { ADMIN_SECTIONS } from './sections';
import './admin.css';

/** The administration area (ADMIN): its own menu, then the page. */
export function AdminLayout() {
  const { t } = useT(ADMIN_MESSAGES);
  return (
    <>
      <nav className="row admin-menu" aria-label={t('adminMenu')}>
        {ADMIN_SECTIONS.map((s) => (
          <MenuLink key={s.path} to={`/admin/${s.path}`}>
            {t(s.label)}
          </MenuLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
