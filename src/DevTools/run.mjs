// npm start: Azurite (data kept in .data/azurite), the bot, and the Microsoft 365 Agents Playground,
// together. Ctrl-C stops all three.
import { join } from 'node:path';
import {
  azuriteConnectionString, azuritePorts, ensureNodeModules, log, portInUse, repoRoot, start, startAzurite, startPlayground, stopAll,
  waitForHttp,
} from './lib.mjs';

const ports = {
  'Azurite blob': azuritePorts.blob, 'Azurite queue': azuritePorts.queue, 'Azurite table': azuritePorts.table, bot: 3978, playground: 56150,
};

async function main() {
  ensureNodeModules();
  for (const [name, port] of Object.entries(ports)) {
    if (await portInUse(port)) {
      throw new Error(`Port ${port} (${name}) is already in use. Stop whatever runs there (an earlier 'npm start'?) and try again.`);
    }
  }

  log(`starting Azurite on 127.0.0.1 (blob ${azuritePorts.blob}, queue ${azuritePorts.queue}, table ${azuritePorts.table}; data in .data/azurite)…`);
  startAzurite(azuritePorts, { inMemory: false });

  log('building and starting the bot…');
  const bot = start('bot', 'dotnet', ['run', '--project', join(repoRoot, 'src', 'TeamsBot', 'TeamsBot.csproj')], {
    env: {
      ASPNETCORE_ENVIRONMENT: 'Development',
      ASPNETCORE_URLS: `http://127.0.0.1:${ports.bot}`,
      Storage__ConnectionString: azuriteConnectionString(azuritePorts),
    },
  });
  await waitForHttp(`http://127.0.0.1:${ports.bot}/healthz`, { child: bot, seconds: 180, name: 'the bot' });

  // The Playground gives up if the bot is not answering yet, so it starts last. Danish locale: Danish first.
  log('starting the Agents Playground…');
  const playground = startPlayground(ports.playground, `http://127.0.0.1:${ports.bot}/api/messages`, {
    logFile: join(repoRoot, '.data', 'playground.log'),
  });
  await waitForHttp(`http://127.0.0.1:${ports.playground}/_debug/ping`, { child: playground, seconds: 90, name: 'the Agents Playground' });

  log('');
  log(`Ready. Open http://localhost:${ports.playground} in a browser.`);
  log('In the team "Rådgivningen", open the channel "Vagtkanal", start a new post, type @ and pick "Vagtrum",');
  log('then type " /checkin" and press Post. Your checklist arrives in "Personal Chat". Ctrl-C stops everything.');
}

function shutdown(code) {
  stopAll();
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
main().catch((error) => {
  process.stderr.write(`[devtools] ${error.message}\n`);
  shutdown(1);
});
