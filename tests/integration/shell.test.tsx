import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

describe('console shell', () => {
  it('opens on Applications and shows the embedded backend badge', async () => {
    const { router } = await renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: 'Applications' })).toHaveAttribute('aria-current', 'page'),
    );
    expect(router.state.location.pathname).toBe('/applications');
    expect(screen.getByTestId('backend-badge')).toHaveTextContent('Embedded demo API');
  });

  it('switches every visible string to Japanese at once and back, keeping <html lang> in sync', async () => {
    const { user } = await renderApp('/connectors');
    await screen.findByRole('navigation', { name: 'Main navigation' });

    await user.click(within(screen.getByRole('radiogroup', { name: 'Language' })).getByRole('radio', { name: '日本語' }));
    const nav = await screen.findByRole('navigation', { name: 'メインナビゲーション' });
    expect(within(nav).getByRole('link', { name: 'コネクター' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'サインイン体験' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem('torii.locale')).toBe('ja');

    await user.click(within(screen.getByRole('radiogroup', { name: '言語' })).getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the theme choice', async () => {
    const { user } = await renderApp('/applications');
    await user.click(within(await screen.findByRole('radiogroup', { name: 'Theme' })).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('torii.theme')).toBe('dark');
    await user.click(within(screen.getByRole('radiogroup', { name: 'Theme' })).getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('shows a not-found page with a way back', async () => {
    const { user, router } = await renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to Applications' }));
    expect(router.state.location.pathname).toBe('/applications');
  });
});
