import { createRoot } from 'react-dom/client';
import '../shared/styles.css';
import { StaffRoot } from './app/StaffRoot';

createRoot(document.getElementById('root')!).render(<StaffRoot />);
