import { createRoot } from 'react-dom/client';
import '../shared/styles.css';
import { RatePage } from './RatePage';

const token = decodeURIComponent(location.pathname.split('/')[2] ?? '');
createRoot(document.getElementById('root')!).render(<RatePage token={token} />);
