import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Two entries, both served by the Go handlers in web.go:
//   index.html      -> the Explorer, at /explore/ (and every /explore/... deep link)
//   playground.html -> GraphiQL, at /playground
// Every asset lands in dist/assets/ and is served from /explore/assets/.
export default defineConfig({
  base: '/explore/',
  // `npm run dev` serves the Explorer at http://localhost:5173/explore/ (the playground at
  // /explore/playground.html) and sends API calls to a running Go server.
  server: {
    proxy: {
      '/query': process.env.GUTSKIN_API ?? 'http://127.0.0.1:8080',
      '/schema.graphql': process.env.GUTSKIN_API ?? 'http://127.0.0.1:8080',
    },
  },
  // Nothing here may depend on the machine or the time of the build: CI rebuilds dist/ and
  // checks that it matches the committed files byte for byte.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // GraphiQL (React + CodeMirror) is big; it is a separate page, loaded only there.
    chunkSizeWarningLimit: 1800,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        explorer: fileURLToPath(new URL('index.html', import.meta.url)),
        playground: fileURLToPath(new URL('playground.html', import.meta.url)),
      },
      // React libraries mark themselves "use client"; that means nothing outside React Server
      // Components, so the bundler's note about it is noise.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
