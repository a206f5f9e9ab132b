// Shared helpers for the dev tools: installing what is missing, starting and stopping the
// processes (Azurite, the bot, the Agents Playground), and waiting for them to answer.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = (name) => join(repoRoot, 'node_modules', '.bin', name);

/** Azurite's Blob, Queue and Table services: the ports npm start uses, Azurite's own defaults. */
export const azuritePorts = { blob: 10000, queue: 10001, table: 10002 };

/** The connection string of Azurite on these ports ({ blob, queue, table }): one account, all three endpoints. */
export const azuriteConnectionString = (ports) =>
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
  'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
  `BlobEndpoint=http://127.0.0.1:${ports.blob}/devstoreaccount1;` +
  `QueueEndpoint=http://127.0.0.1:${ports.queue}/devstoreaccount1;` +
  `TableEndpoint=http://127.0.0.1:${ports.table}/devstoreaccount1;`;

export function log(message) {
  process.stdout.write(`[devtools] ${message}\n`);
}

/** Runs a command to completion, inheriting output; throws on a non-zero exit. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: repoRoot, ...options });
  if (result.status !== 0) {
    throw new Error(`'${command} ${args.join(' ')}' failed with exit code ${result.status ?? result.signal}`);
  }
}

/** Installs the pinned npm packages when node_modules is missing or older than the lock file. */
export function ensureNodeModules() {
  ensureNodeVersion();
  const marker = join(repoRoot, 'node_modules', '.package-lock.json');
  const lock = join(repoRoot, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) {
    return;
  }
  log('installing the pinned npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/**
 * Stops early, saying what to install, on a Node older than package.json's engines.node (">=X.Y"): npm itself only
 * warns, and the Playground or playwright-core would then fail later in a less obvious way.
 */
function ensureNodeVersion() {
  const wanted = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).engines.node.replace('>=', '').split('.').map(Number);
  const running = process.versions.node.split('.').map(Number);
  const older = running[0] < wanted[0] || (running[0] === wanted[0] && running[1] < (wanted[1] ?? 0));
  if (older) {
    throw new Error(`Node ${wanted.join('.')} or newer is needed, this is ${process.versions.node} ` +
      "(Debian 12's own nodejs is 18: see the README's \"Two commands\" for what to install).");
  }
}

export const chromiumPath = '/usr/bin/chromium';

/** Installs Debian's chromium when it is missing (never a downloaded browser build). */
export function ensureChromium() {
  if (existsSync(chromiumPath)) {
    return;
  }
  log('installing Debian chromium (apt-get install -y chromium)…');
  const asRoot = process.getuid?.() === 0;
  const aptGet = (...args) => (asRoot ? run('apt-get', args) : run('sudo', ['apt-get', ...args]));
  aptGet('update');
  aptGet('install', '-y', 'chromium');
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when something already listens on the port. */
export function portInUse(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

const children = new Set();

/**
 * Starts a long-running process in its own process group (so its children die with it), with each
 * output line prefixed by its name. `quiet` sends output to nowhere but the returned tail buffer.
 */
export function start(name, command, args, { env = {}, quiet = false } = {}) {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.tail = [];
  const forward = (stream) => {
    let pending = '';
    stream.on('data', (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        child.tail.push(line);
        if (child.tail.length > 200) child.tail.shift();
        if (!quiet) process.stdout.write(`[${name}] ${line}\n`);
      }
    });
  };
  forward(child.stdout);
  forward(child.stderr);
  child.on('exit', () => children.delete(child));
  children.add(child);
  return child;
}

/** Stops every process started with start(), and their children. */
export function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  children.clear();
}

/** Waits until the URL answers (any status below 500), or the child exits, or the time runs out. */
export async function waitForHttp(url, { child, seconds = 90, name = url } = {}) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode} before answering:\n${child.tail.slice(-30).join('\n')}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${seconds} s` + (child ? `:\n${child.tail.slice(-30).join('\n')}` : ''));
}

/** Free loopback ports for Azurite's three services. */
export async function freeAzuritePorts() {
  return { blob: await freePort(), queue: await freePort(), table: await freePort() };
}

/**
 * Starts Azurite's Blob, Queue and Table services on loopback, on these ports ({ blob, queue, table });
 * in memory for tests, in .data/azurite for local runs.
 */
export function startAzurite(ports, { inMemory, quiet = false }) {
  const args = ['--disableTelemetry', '--silent', '--skipApiVersionCheck'];
  for (const service of ['blob', 'queue', 'table']) {
    args.push(`--${service}Host`, '127.0.0.1', `--${service}Port`, String(ports[service]));
  }
  if (inMemory) {
    args.push('--inMemoryPersistence');
  } else {
    const location = join(repoRoot, '.data', 'azurite');
    mkdirSync(location, { recursive: true });
    args.push('--location', location);
  }
  return start('azurite', bin('azurite'), args, { quiet });
}

/** Starts the Agents Playground pointed at the bot, with our team, channel and users. */
export function startPlayground(port, botUrl, { logFile, quiet = false }) {
  mkdirSync(dirname(logFile), { recursive: true });
  return start('playground', bin('agentsplayground'), ['-e', botUrl, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
    quiet,
    env: {
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(repoRoot, 'src', 'DevTools', 'playground.yml'),
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    },
  });
}
