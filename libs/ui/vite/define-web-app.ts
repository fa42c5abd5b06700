import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const repoRoot = resolve(__dirname, '..', '..', '..');

export type WebAppOptions = Readonly<{
  /** Folder under apps/ and under dist/web/. */
  name: 'voter' | 'responder' | 'analyst';
  /** Where the API serves the app: "/", "/responder/", "/analyst/". */
  base: string;
}>;

/**
 * One Vite configuration for each web app. `vite build` writes to dist/web/<name>, which the API serves;
 * `vite` (dev, port 5173) forwards /graphql, /export, /attachments and /app-config.json to the API at API_URL
 * (default http://localhost:3000), so sign-in and data work with hot reload.
 */
export function defineWebApp({ name, base }: WebAppOptions): UserConfig {
  const api = process.env.API_URL ?? 'http://localhost:3000';
  return defineConfig({
    root: resolve(repoRoot, 'apps', name),
    base,
    plugins: [react()],
    resolve: { alias: { '@app/ui': resolve(repoRoot, 'libs/ui/src') } },
    build: {
      outDir: resolve(repoRoot, 'dist/web', name),
      emptyOutDir: true,
      // Mantine and Apollo are most of the bundle; a page is still one request for each chunk.
      chunkSizeWarningLimit: 1200,
    },
    server: {
      port: 5173,
      // The identity provider knows http://localhost:5173/<app>/callback only.
      strictPort: true,
      fs: { allow: [repoRoot] },
      proxy: { '/graphql': api, '/app-config.json': api, '/export': api, '/attachments': api },
    },
    preview: { port: 5173, strictPort: true },
  });
}
