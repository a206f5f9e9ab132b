// Microsoft's Bot Builder JS SDK (botbuilder 4.23.3, CloudAdapter) as an echo bot that answers every message with
// a small Adaptive Card: the other side of `npm run bench -- --compare-sdk`. It sends its replies to the activity's
// serviceUrl (the benchmark's recording connector).
//
// Authentication, the same as our host in the benchmark: no MicrosoftAppId, so the SDK accepts requests without a
// token (its emulator mode; our host's is Development with no Bot:MicrosoftAppId) and sends the connector no token.
//
// Usage: node tests/sdk-echo/echo-bot.mjs [port]   (or PORT=3979); prints "listening on <port>" once it answers.
import { createServer } from 'node:http';
import { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn failed: ${error.stack ?? error}`);
};

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(echoCard(context.activity.text ?? ''))));
  await next();
});

/** About the size of our /help answer's first lines: a title and the text echoed back. */
function echoCard(text) {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Echo', weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: `You said: ${text}`, wrap: true },
    ],
  };
}

// Plain node:http, not restify or express: the body is parsed here and the response shaped as CloudAdapter wants it.
const server = createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200).end('ok');
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const response = {
      socket: res.socket,
      status: (code) => { res.statusCode = code; },
      header: (name, value) => res.setHeader(name, value),
      send: (content) => {
        if (typeof content === 'string' || Buffer.isBuffer(content)) {
          res.write(content);
        } else if (content !== undefined) {
          res.setHeader('Content-Type', 'application/json');
          res.write(JSON.stringify(content));
        }
      },
      end: () => res.end(),
    };
    adapter.process({ body, headers: req.headers, method: req.method }, response, (context) => bot.run(context))
      .catch((error) => {
        console.error(error);
        if (!res.writableEnded) res.writeHead(500).end();
      });
  });
});

server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
