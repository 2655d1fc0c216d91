import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a static bundle served from app:// (Electron) or the loopback test host.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
});
