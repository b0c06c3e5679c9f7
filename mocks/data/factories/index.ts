import { alipayNative, alipayWeb } from './alipay';
import { apple } from './apple';
import { demoSocial } from './demo';
import { discord } from './discord';
import { facebook } from './facebook';
import { github } from './github';
import { google } from './google';
import { line } from './line';
import { microsoftAzureAd } from './microsoft';
import { oauth2 } from './oauth2';
import { oidc } from './oidc';
import { patreon } from './patreon';
import { sendgrid } from './sendgrid';
import { slack } from './slack';
import { smsbao } from './smsbao';
import { smtp } from './smtp';
import { twilio } from './twilio';
import type { FactoryDefinition } from './types';
import { wechatNative, wechatWeb } from './wechat';
import { x } from './x';

/**
 * The embedded catalogue, in Logto's order (alphabetical by factory id). To add a provider: write
 * `<provider>.ts` next to these (formItems drive both the console form and the server rules) and list it here.
 */
export const factoryDefinitions: readonly FactoryDefinition[] = [
  alipayNative,
  alipayWeb,
  apple,
  microsoftAzureAd,
  discord,
  facebook,
  github,
  google,
  demoSocial,
  line,
  oauth2,
  oidc,
  patreon,
  sendgrid,
  slack,
  smsbao,
  smtp,
  twilio,
  wechatNative,
  wechatWeb,
  x,
].sort((a, b) => a.factory.id.localeCompare(b.factory.id));

const byId = new Map(factoryDefinitions.map((definition) => [definition.factory.id, definition]));

export const findFactoryDefinition = (id: string): FactoryDefinition | undefined => byId.get(id);
