import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The service stopped during start (exit ${child.exitCode}); see its log.`);
    try {
      const response = await fetch(`${baseUrl}/actuator/health`);
      if (response.ok && (await response.json()).status === 'UP') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The service did not become healthy within ${timeoutMs / 1000} s; see its log.`);
}

/** Starts the packaged service on a fresh data folder and a free port, with a known first admin. */
export async function startService({ jar, logFile, admin }) {
  if (!existsSync(jar)) throw new Error(`No service jar at ${jar}: build it first (./mvnw -B -DskipTests package).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-e2e-'));
  const port = await freePort();
  const log = createWriteStream(logFile);
  const child = spawn('java', ['-jar', jar], {
    env: {
      ...process.env,
      STEWARD_DATA_DIR: dataDir,
      STEWARD_PORT: String(port),
      STEWARD_BIND: '127.0.0.1',
      STEWARD_ADMIN_EMAIL: admin.email,
      STEWARD_ADMIN_PASSWORD: admin.password,
      // The CRM flows create 10,000 contacts through the API; the per-user limit of 100 a minute would take hours.
      STEWARD_AUTH_REQUESTSPERMINUTE: process.env.STEWARD_AUTH_REQUESTSPERMINUTE ?? '20000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([
        new Promise((resolve) => child.once('exit', resolve)),
        new Promise((resolve) => setTimeout(resolve, 30000)),
      ]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, 240000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
