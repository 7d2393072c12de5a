import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The admin web. Built into `admin-web/dist` (served by server/web.ts), or run by Vite in
 * middleware mode inside `npm run dev` — one origin either way, so the API's cookies just work.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1_500,
  },
});
