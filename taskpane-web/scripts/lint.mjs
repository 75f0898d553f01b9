// `npm run lint`: ESLint, Prettier and the copy-paste check, each run even when one before it failed, so that one run
// shows every finding. `npm run lint -- --fix` lets ESLint and Prettier fix what they can first; a copy is never fixed
// automatically.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The copies jscpd may find (blocks of 6 lines or more in src/, tests included), each as its pair of files with the
// reason it stays. The check fails on a copy between files not listed here, and on a listed pair with no copy left
// (remove its line). Never add a pair to pass the check: fold the copy into shared code.
const ALLOWED_CLONES = [];

const fix = process.argv.includes('--fix');
const run = (tool, ...args) => spawnSync(tool, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status;
const failures = [];

if (run('eslint', '--max-warnings', '0', ...(fix ? ['--fix'] : []), '.') !== 0) failures.push('ESLint');
if (run('prettier', fix ? '--write' : '--check', '--log-level', 'warn', '.') !== 0) failures.push('Prettier');
failures.push(...copyPasteCheck());

if (failures.length > 0) {
  console.error(`\nLint failed: ${failures.join('; ')}.`);
  process.exit(1);
}

function copyPasteCheck() {
  if (run('jscpd', 'src') !== 0) return ['jscpd did not run'];
  const report = JSON.parse(readFileSync('node_modules/.cache/jscpd/jscpd-report.json', 'utf8'));
  const pairOf = (clone) => [clone.firstFile.name, clone.secondFile.name].sort().join(' = ');
  const allowed = new Set(ALLOWED_CLONES.map(({ files }) => [...files].sort().join(' = ')));
  const where = (file) => `${file.name}:${file.start}-${file.end}`;
  const failures = [];

  const copies = report.duplicates.filter((clone) => !allowed.has(pairOf(clone)));
  for (const clone of copies)
    console.error(`  ${clone.lines} lines: ${where(clone.firstFile)} = ${where(clone.secondFile)}`);
  if (copies.length > 0) failures.push(`${copies.length} copied block(s) not on the allowed list (listed above)`);

  const found = new Set(report.duplicates.map(pairOf));
  const gone = [...allowed].filter((pair) => !found.has(pair));
  for (const pair of gone) console.error(`  no copy left between ${pair}`);
  if (gone.length > 0) failures.push(`${gone.length} allowed copy(ies) gone: remove them from ALLOWED_CLONES`);
  return failures;
}
