// A static file server for this folder, so the app runs on an origin of its own:
//   PORT=3000 npm run serve   -> http://127.0.0.1:3000/?api=http://localhost:8080
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Serves index.html, style.css and dist/*.js; nothing else (no node_modules, no sources). */
export function appServer() {
  return createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path === '/' ? 'index.html' : path.slice(1);
    if (!(file === 'index.html' || file === 'style.css' || /^dist\/[\w.-]+\.js$/.test(file))) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await readFile(join(root, file));
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found (run npm run build first?)');
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  appServer().listen(port, '127.0.0.1', () => console.log(`pathways app at http://127.0.0.1:${port}/`));
}
