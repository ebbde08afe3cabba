// The peer in bench/TurnBench: Microsoft's botbuilder-js (4.23.3) with CloudAdapter and an ActivityHandler, state in
// MemoryStorage, answering the benchmark's three turns with the card JSON our bot sends (exported by the benchmark).
// Usage: node turnbench-peer.mjs <port> <cards folder>. Prints "listening http://127.0.0.1:<port>" when ready.
// Local only: no app id, so CloudAdapter accepts unauthenticated requests and sends replies without a token.
import { createRequire } from 'node:module';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const {
  ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication,
  ConversationState, MemoryStorage, UserState,
} = require('botbuilder');

const [port, cardsFolder] = process.argv.slice(2);
const card = (name) => JSON.parse(fs.readFileSync(path.join(cardsFolder, name), 'utf8'));
const cards = { help: card('help.json'), menu: card('menu.json'), thanks: card('thanks.json') };
const cardResponse = (value) => ({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value });

class PeerBot extends ActivityHandler {
  constructor(conversationState, userState) {
    super();
    this.conversationState = conversationState;
    this.userState = userState;
    this.lastVerb = conversationState.createProperty('lastVerb');
    this.answers = userState.createProperty('checkInAnswers');
    this.onMessage(async (context, next) => {
      const text = (context.activity.text || '').trim().toLowerCase();
      if (text === 'help') {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(cards.help)], summary: 'Help' });
      } else {
        await context.sendActivity('Type **help** to see what I can do.');
      }
      await next();
    });
  }

  async onAdaptiveCardInvoke(context, invokeValue) {
    const { verb, data } = invokeValue.action;
    await this.lastVerb.set(context, verb);
    if (verb === 'exercises.open') {
      return cardResponse(cards.menu);
    }
    if (verb === 'checkin.submit') {
      const answers = await this.answers.get(context, {});
      answers[data.cycle] = {
        confidence: Number(data.confidence), wentWell: data['went-well'], barrier: data.barrier,
        wantsSupport: data['wants-support'] === 'true', at: new Date().toISOString(),
      };
      await this.answers.set(context, answers);
      return cardResponse(cards.thanks);
    }
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Unknown button' };
  }

  async run(context) {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

const storage = new MemoryStorage();
const bot = new PeerBot(new ConversationState(storage), new UserState(storage));
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error('turn failed', error);
};

// CloudAdapter.process expects express/restify-style req.body and res.status/send/end; this is that much of them.
const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = req.url === '/healthz' ? 200 : 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    let body;
    const response = {
      socket: res.socket,
      status: (code) => { res.statusCode = code; },
      header: (name, value) => res.setHeader(name, value),
      send: (value) => { body = value; },
      end: () => {
        if (body !== undefined && typeof body !== 'string') {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(body));
        } else {
          res.end(body);
        }
      },
    };
    adapter.process(req, response, (context) => bot.run(context)).catch((error) => {
      console.error('process failed', error);
      if (!res.writableEnded) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
});
server.keepAliveTimeout = 65000;
server.listen(Number(port), '127.0.0.1', () => console.log(`listening http://127.0.0.1:${server.address().port}`));
