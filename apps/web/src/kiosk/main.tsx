import { createRoot } from 'react-dom/client';
import '../shared/styles.css';
import { KioskPage } from './KioskPage';

createRoot(document.getElementById('root')!).render(<KioskPage />);
