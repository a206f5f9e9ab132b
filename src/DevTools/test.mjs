// npm test: every test. Installs what is missing (npm packages, Debian chromium), builds once,
// runs the .NET tests (they start their own Azurite) and the browser test, and ends with one line
// "tests: N passed, N failed".
import { spawn } from 'node:child_process';
import { ensureChromium, ensureNodeModules, log, repoRoot, run } from './lib.mjs';

/** Runs a command, streaming its output, and returns that output for counting. */
function capture(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (chunk, stream) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', (chunk) => forward(chunk, process.stdout));
    child.stderr.on('data', (chunk) => forward(chunk, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function sum(output, pattern) {
  return [...output.matchAll(pattern)].reduce((total, match) => total + Number(match[1]), 0);
}

async function main() {
  ensureNodeModules();
  ensureChromium();
  run('dotnet', ['build', 'TeamsBot.sln', '-c', 'Release', '--nologo', '-v', 'q']);

  const dotnet = await capture('dotnet', ['test', 'TeamsBot.sln', '-c', 'Release', '--no-build', '--nologo']);
  const browser = await capture('node', ['--test', '--test-reporter=tap', 'tests/e2e/']);

  const passed = sum(dotnet.output, /Passed:\s+(\d+),\s+Skipped/g) + sum(browser.output, /^# pass (\d+)$/gm);
  let failed = sum(dotnet.output, /Failed:\s+(\d+),\s+Passed/g) + sum(browser.output, /^# fail (\d+)$/gm);
  // A runner that crashed before counting still fails the run.
  if (failed === 0 && (dotnet.code !== 0 || browser.code !== 0)) {
    failed = 1;
  }

  log(`.NET tests exited ${dotnet.code}, browser test exited ${browser.code}`);
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`[devtools] ${error.message}\n`);
  process.stdout.write('tests: 0 passed, 1 failed\n');
  process.exit(1);
});
