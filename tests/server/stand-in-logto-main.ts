// The stand-in Logto as a process, for the connected Playwright run (playwright.connected.config.ts).
import { handlers } from '../../mocks/handlers/index.ts';
import { startStandInLogto } from './stand-in-logto.ts';

const port = Number(process.env.STAND_IN_PORT ?? 0);
const logto = await startStandInLogto({
  appId: process.env.STAND_IN_APP_ID ?? 'torii-e2e',
  appSecret: process.env.STAND_IN_APP_SECRET ?? '',
  handlers,
  port,
});
console.log(`stand-in Logto on ${logto.origin}`);
