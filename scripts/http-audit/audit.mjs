// Runs the GraphQL over HTTP reference implementation's server audits (graphql-http) against
// a running service and prints one line per audit: ok, notice, warn or error, with the
// reason. Exits 1 if any audit is an error (a requirement of the spec not met), 2 if the
// service cannot be reached.
//
//   node scripts/http-audit/audit.mjs http://127.0.0.1:8080/query
import { auditServer } from 'graphql-http';

const url = process.argv[2] || process.env.AUDIT_URL;
if (!url) {
  console.error('usage: node audit.mjs <url of /query>');
  process.exit(2);
}
try {
  await fetch(url, { method: 'OPTIONS' });
} catch (err) {
  console.error(`cannot reach ${url}: ${err.message}`);
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const r of results) {
  counts[r.status]++;
  let line = `${r.status.padEnd(6)} ${r.id} ${r.name}`;
  if (r.status !== 'ok') {
    line += `\n       ${r.reason}`;
  }
  console.log(line);
}
console.log(`\n${results.length} audits: ${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`);
process.exit(counts.error > 0 ? 1 : 0);
