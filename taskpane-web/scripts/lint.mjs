// `npm run lint`: ESLint, Prettier and the copy-paste check, each run even when one before it failed, so that one run
// shows every finding. `npm run lint -- --fix` lets ESLint and Prettier fix what they can first; a copy is never fixed
// automatically.
import { spawnSync } from 'node:child_process';

const fix = process.argv.includes('--fix');
const steps = [
  ['eslint', '--max-warnings', '0', ...(fix ? ['--fix'] : []), '.'],
  ['prettier', fix ? '--write' : '--check', '--log-level', 'warn', '.'],
  ['jscpd', 'src'],
];

let failed = false;
for (const [tool, ...args] of steps) {
  const run = spawnSync(tool, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) {
    console.error(`\n${tool} failed (exit ${run.status ?? run.signal}).`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
