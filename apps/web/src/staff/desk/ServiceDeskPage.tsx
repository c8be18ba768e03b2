import { useT } from '../../shared/i18n';
import { useMe } from '../app/me';
import { DESK_MESSAGES } from './deskMessages';
import { ServiceDesk } from './ServiceDesk';

/** The counter officer's service desk (/app/desk): only for staff linked to a service point. */
export function ServiceDeskPage() {
  const me = useMe();
  const { t } = useT(DESK_MESSAGES);
  if (!me.desk.length) return <p>{t('noDesk')}</p>;
  return <ServiceDesk me={me} points={me.desk} />;
}
