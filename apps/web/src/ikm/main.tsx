import { createRoot } from 'react-dom/client';
import '../shared/styles.css';
import './ikm.css';
import { IkmPage } from './IkmPage';

// /ikm/<servicePointId>
const servicePointId = decodeURIComponent(location.pathname.split('/')[2] ?? '');
createRoot(document.getElementById('root')!).render(<IkmPage servicePointId={servicePointId} />);
