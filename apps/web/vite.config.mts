import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Four pages, each loading only its own JavaScript: the QR rating page (phones, must stay small),
// the kiosk (tablets, offline-first), the staff pages and the public IKM page (phones, small). The
// gateway serves dist/ and routes /r/*, /t/*, /kiosk, /app and /ikm/*.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: {
      input: {
        rate: resolve(import.meta.dirname, 'rate.html'),
        kiosk: resolve(import.meta.dirname, 'kiosk.html'),
        staff: resolve(import.meta.dirname, 'staff.html'),
        ikm: resolve(import.meta.dirname, 'ikm.html'),
      },
    },
  },
});
