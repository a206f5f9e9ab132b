// What the browser test needs beyond the browser: the Agents Playground's own API (PLAYGROUND.md, "Driving it from a
// test without the UI") for acting as a user the web client cannot switch to, the bot's output stream read inside
// the page, and a look into the bot's storage where the Playground shows nothing.
import { createHmac, randomBytes } from 'node:crypto';

/**
 * Listens to the Playground's stream of the bot's output from inside the page (Node 20 has no WebSocket of its own):
 * every createMessage / updateMessage event is kept in window.__botOutput, for conversations the web client does not show.
 */
export async function captureBotOutput(page, playgroundPort) {
  await page.evaluate((url) => new Promise((resolve, reject) => {
    window.__botOutput = [];
    const socket = new WebSocket(url);
    socket.onmessage = (event) => window.__botOutput.push(JSON.parse(event.data));
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`no stream at ${url}`));
  }), `ws://localhost:${playgroundPort}/_ws_conversation/v1/conversations/stream`);
}

/**
 * The bot's messages so far, as the stream carries them ({ action, actionConversationId, message }), flattened to
 * { kind, id, conversationId, card }. The stream leaves out chats the web client's user is not in.
 */
export async function botOutput(page) {
  const events = await page.evaluate(() => window.__botOutput);
  return events.filter((event) => event.message).map((event) => ({
    kind: event.action,
    id: event.message.messageId,
    conversationId: event.actionConversationId,
    card: event.message.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content,
  }));
}

/** Waits until a card the bot sent matches, and returns it with its message and conversation ids. */
export async function waitForCard(page, matches, { seconds = 60 } = {}) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const found = (await botOutput(page)).filter((m) => m.card && matches(m));
    if (found.length > 0) return found[found.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no such card from the bot within ${seconds} s; it sent:\n${JSON.stringify(await botOutput(page), null, 1).slice(0, 4000)}`);
}

/** Every text on a card, for matching. */
export const cardText = (card) => JSON.stringify(card);

/** The data of the card's Action.Execute button with this verb (in the body's action sets or the card's actions). */
export function buttonData(card, verb) {
  const actions = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute') actions.push(node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  const action = actions.find((a) => a.verb === verb);
  if (!action) throw new Error(`no ${verb} button on ${JSON.stringify(card).slice(0, 1000)}`);
  return action.data;
}

/**
 * Sends the bot a message from `from`, @mentioning it, in a conversation of the Playground: a raw activity built from
 * the Playground's own template for that conversation (its web client and message API write only as its current user).
 */
export async function writeAs(playgroundPort, { from, conversationId, text, bot = { id: '28:7f3e2d10-4b5a-4c6d-9e8f-a1b2c3d4e5f6', name: 'Vagtrum' } }) {
  const base = `http://localhost:${playgroundPort}/_internal/v1/customActivities`;
  const template = await (await fetch(`${base}/template?conversationId=${encodeURIComponent(conversationId)}`)).json();
  const mention = `<at>${bot.name}</at>`;
  const activity = {
    ...template,
    type: 'message',
    id: randomBytes(8).toString('hex'),
    timestamp: new Date().toISOString(),
    from: { ...template.from, ...from },
    text: `${mention} ${text}`,
    textFormat: 'plain',
    entities: [...(template.entities ?? []).filter((e) => e.type !== 'mention'), { type: 'mention', text: mention, mentioned: bot }],
  };
  const response = await fetch(base, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  if (!response.ok) throw new Error(`a message as ${from.name} answered ${response.status}: ${await response.text()}`);
}

/** Presses a card's Action.Execute as `from` in a conversation through the Playground's API; returns the bot's invoke response. */
export async function pressAs(playgroundPort, { from, conversationId, replyToId, verb, data }) {
  const response = await fetch(`http://localhost:${playgroundPort}/_conversation/v1/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data } },
      from,
      conversation: { id: conversationId },
      replyToId,
    }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`invoke as ${from.name} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

const account = 'devstoreaccount1';
const accountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function signed(path, headers = {}) {
  const date = new Date().toUTCString();
  const signature = createHmac('sha256', Buffer.from(accountKey, 'base64')).update(`${date}\n/${account}${path}`).digest('base64');
  return {
    Authorization: `SharedKeyLite ${account}:${signature}`,
    'x-ms-date': date,
    'x-ms-version': '2019-02-02',
    DataServiceVersion: '3.0',
    Accept: 'application/json;odata=nometadata',
    ...headers,
  };
}

/**
 * The rows of one partition of one of the bot's tables in the test's Azurite (the table service's REST API,
 * SharedKeyLite with Azurite's well-known key). The browser test reads where the bot keeps a live card it sent (its
 * conversation and message id): the Playground shows the web client's user only their own chats, and presses another
 * user's card only when given that card's conversation and message.
 */
export async function readPartition(tablePort, table, partitionKey, { tablePrefix = 'Vagtrum' } = {}) {
  const path = `/${account}/${tablePrefix}${table}()`;
  const filter = encodeURIComponent(`PartitionKey eq '${partitionKey.replaceAll("'", "''")}'`);
  const response = await fetch(`http://127.0.0.1:${tablePort}${path}?$filter=${filter}`, { headers: signed(path) });
  if (!response.ok) throw new Error(`reading ${table} answered ${response.status}: ${await response.text()}`);
  return (await response.json()).value;
}
