import { createRoot } from 'react-dom/client';
import '../shared/styles.css';
import { StaffApp } from './StaffApp';

createRoot(document.getElementById('root')!).render(<StaffApp />);
