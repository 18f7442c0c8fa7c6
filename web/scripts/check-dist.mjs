// Checks that the committed bundle (dist/) is what the sources build to: builds into a
// temporary folder and compares every file byte for byte. Exits 1 and names the differences
// when they disagree (then run `npm run build` and commit dist/).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('..', import.meta.url));
const committed = join(web, 'dist');
const fresh = mkdtempSync(join(tmpdir(), 'gutskin-dist-'));

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

try {
  execFileSync(process.execPath, [join(web, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', fresh, '--emptyOutDir', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  const a = files(committed);
  const b = files(fresh);
  const problems = [];
  for (const f of a) if (!b.includes(f)) problems.push(`only in the committed dist/: ${f}`);
  for (const f of b) if (!a.includes(f)) problems.push(`missing from the committed dist/: ${f}`);
  for (const f of a.filter((f) => b.includes(f))) {
    if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)))) problems.push(`differs: ${f}`);
  }
  if (problems.length) {
    console.error(`web/dist does not match its sources (run \`npm run build\` in web/ and commit dist/):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`web/dist matches its sources (${a.length} files).`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
