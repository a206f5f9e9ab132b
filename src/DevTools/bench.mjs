// npm run bench -- [args]: the benchmark program (tests/TeamsBot.Benchmarks), built and run in Release with the
// arguments as given. First installs the pinned npm packages when they are missing or older than the lock file:
// the benchmark starts Azurite from node_modules, and --compare-sdk starts Microsoft's SDK echo bot (botbuilder).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeModules, log, repoRoot, run } from './lib.mjs';

const args = process.argv.slice(2);
const asksForHelp = args.some((a) => a === '--help' || a === '-h');

try {
  if (!asksForHelp) {
    ensureNodeModules();
    if (args.includes('--compare-sdk')) ensureBotBuilder();
  }
} catch (error) {
  process.stderr.write(`[devtools] ${error.message}\n`);
  process.exit(1);
}

const result = spawnSync('dotnet', ['run', '-c', 'Release', '--project', 'tests/TeamsBot.Benchmarks', '--', ...args], { stdio: 'inherit', cwd: repoRoot });
process.exit(result.status ?? 1);

/** The comparison needs exactly the pinned botbuilder; node_modules can predate the pin (npm ci puts it right). */
function ensureBotBuilder() {
  const wanted = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).devDependencies.botbuilder;
  const installed = join(repoRoot, 'node_modules', 'botbuilder', 'package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === wanted) {
    return;
  }
  log(`installing botbuilder ${wanted} with the other pinned npm packages (npm ci)…`);
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
