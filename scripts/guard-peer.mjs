// Scores redact-pii on a guard corpus (JSON lines; "//" lines are comments).
// Used by scripts/guard-peer. A leak is caught when the redacted text
// differs from the input; a clean notice is flagged when it differs too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH || '.', 'x.js'));
const { SyncRedactor } = require('redact-pii');
const [corpus, version] = process.argv.slice(2);
const redactor = new SyncRedactor();
let leaks = 0, hit = 0, cleans = 0, flagged = 0;
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  const l = line.trim();
  if (!l || l.startsWith('//')) continue;
  const it = JSON.parse(l);
  const changed = redactor.redact(it.text) !== it.text;
  if (it.label === 'leak') { leaks++; if (changed) hit++; }
  else if (it.label === 'clean') { cleans++; if (changed) flagged++; }
}
const name = path.basename(corpus);
console.log(`${name.padEnd(22)} ${('redact-pii ' + version).padEnd(34)} ${String(leaks).padStart(6)} ${(hit / leaks).toFixed(3).padStart(8)} ${String(cleans).padStart(6)} ${(100 * flagged / cleans).toFixed(1).padStart(8)}%`);
