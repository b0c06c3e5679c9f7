import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import './helpers';

/** A README written to attack the console: script, event handler, javascript:/data: links, raw HTML. */
export const CRAFTED_README = [
  '# Crafted provider',
  '',
  '<script>window.__pwned = "script"</script>',
  '',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '',
  '[Click me](javascript:window.__pwned="link") and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '',
  '[Mixed](JaVaScRiPt:alert(1)) · [Entity](&#106;avascript:alert(1)) · [Docs](https://example.com/docs) · [Jump](#set-up)',
  '',
  '## Set up',
  '',
  '<a href="javascript:alert(1)">raw link</a>',
].join('\n');

function serveCraftedFactory() {
  server.use(
    http.get('*/api/connector-factories/crafted-universal', () =>
      HttpResponse.json({
        id: 'crafted-universal',
        type: 'Social',
        isDemo: false,
        target: 'crafted',
        platform: 'Universal',
        name: { en: 'Crafted' },
        description: { en: 'Crafted for a test' },
        logo: 'data:image/svg+xml;base64,PHN2Zy8+',
        logoDark: null,
        readme: CRAFTED_README,
        formItems: [{ type: 'Text', key: 'clientId', label: 'Client ID', required: true }],
      }),
    ),
  );
}

describe('connector guide', () => {
  it('renders a factory README without running or keeping anything dangerous', async () => {
    serveCraftedFactory();
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    await renderApp('/connectors/social/new/crafted-universal');
    const guide = await screen.findByRole('region', { name: 'Connector guide' });
    await within(guide).findByRole('heading', { name: /Crafted provider/ });

    expect(guide.querySelector('script, iframe, object, embed, [onerror], [onclick]')).toBeNull();
    expect(guide.querySelector('img')).toBeNull();
    expect((window as { __pwned?: string }).__pwned).toBeUndefined();
    for (const name of ['Click me', 'data', 'Mixed', 'Entity']) {
      expect(within(guide).queryByRole('link', { name })).toBeNull();
      expect(within(guide).getByText(name)).toBeInTheDocument();
    }
    expect(guide.innerHTML).not.toMatch(/javascript:|data:text/i);
    // Raw HTML tags are dropped; only their text is left, as text.
    expect(within(guide).queryByRole('link', { name: 'raw link' })).toBeNull();

    const docs = within(guide).getByRole('link', { name: /^Docs/ });
    expect(docs).toHaveAttribute('href', 'https://example.com/docs');
    expect(docs).toHaveAttribute('target', '_blank');
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
    expect(docs).toHaveAccessibleName('Docs (opens in a new tab)');
    expect(alert).not.toHaveBeenCalled();
  });

  it('gives headings anchors that in-page links jump to', async () => {
    serveCraftedFactory();
    const { user } = await renderApp('/connectors/social/new/crafted-universal');
    const guide = await screen.findByRole('region', { name: 'Connector guide' });
    const heading = await within(guide).findByRole('heading', { name: /Set up/ });
    expect(heading).toHaveAttribute('id', 'guide-set-up');
    expect(within(heading).getByRole('link', { name: 'Link to this section' })).toHaveAttribute('href', '#guide-set-up');
    await user.click(within(guide).getByRole('link', { name: 'Jump' }));
    expect(heading).toHaveFocus();
  });

  it.each([
    ['en', 'alipay-web', 'Set the authorization redirect URI'],
    ['ja', 'alipay-web', '認可リダイレクト URI を設定する'],
    ['en', 'patreon-universal', 'Set the Redirect URI'],
    ['ja', 'patreon-universal', 'Redirect URI を設定する'],
  ] as const)('shows Torii’s own %s guide for %s, with this connector’s redirect URI', async (language, factoryId, step) => {
    await renderApp(`/connectors/social/new/${factoryId}`, { language });
    const guide = await screen.findByRole('region', { name: language === 'en' ? 'Connector guide' : 'コネクターガイド' });
    const item = within(guide).getByRole('heading', { name: step }).closest('li') as HTMLElement;
    const uri = within(item).getByText(/^http:\/\/localhost:3001\/callback\/[0-9a-z]{12}$/);
    const form = screen.getByRole('form');
    expect(within(form).getByText(uri.textContent ?? '')).toBeInTheDocument();
    expect(within(guide).getByRole('heading', { name: language === 'en' ? 'Show it on the sign-in page' : 'サインイン画面に表示する' })).toBeInTheDocument();
  });
});
