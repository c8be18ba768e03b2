import { createRoot } from 'react-dom/client';
import '../shared/styles.css';
import '../ikm/ikm.css';
import './transparansi.css';
import { TransparencyPage } from './TransparencyPage';

// /transparansi/<agencyId>
const agencyId = decodeURIComponent(location.pathname.split('/')[2] ?? '');
createRoot(document.getElementById('root')!).render(<TransparencyPage agencyId={agencyId} />);
