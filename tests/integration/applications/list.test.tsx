import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db, seedManyApplications } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import { ACME_STOREFRONT, PARTNER_PORTAL, PATIENT, recordRequests } from './helpers';

const listRequests = (recorder: ReturnType<typeof recordRequests>) => recorder.matching('GET', '/api/applications');
const rowCount = () => screen.getAllByRole('row').length - 1;

describe('applications list', () => {
  it('shows name, type, App ID with copy and created date for the seeded apps', async () => {
    await renderApp('/applications');
    const table = await screen.findByRole('table', { name: 'Applications' });
    const row = within(table).getByRole('row', { name: /Partner Portal/ });
    expect(within(row).getByRole('link', { name: 'Partner Portal' })).toHaveAttribute('href', `/applications/${PARTNER_PORTAL.id}/settings`);
    expect(within(row).getByText('Traditional web')).toBeInTheDocument();
    expect(within(row).getByText(PARTNER_PORTAL.id)).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(within(row).getByText(/2026/)).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Acme Storefront/ })).toHaveTextContent('Single-page app');
  });

  it('pages through 10 000 apps one page_size request at a time, with the page in the URL', async () => {
    seedManyApplications(10_000);
    const recorder = recordRequests();
    const { user, router } = await renderApp('/applications');
    await screen.findByRole('table');
    expect(rowCount()).toBe(20);
    expect(screen.getByText('1–20 of 10,004')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 501')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('21–40 of 10,004');
    expect(router.state.location.search).toBe('?page=2');
    expect(rowCount()).toBe(20);

    const requests = listRequests(recorder);
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => Object.fromEntries(request.url.searchParams))).toEqual([
      { page: '1', page_size: '20' },
      { page: '2', page_size: '20' },
    ]);
  });

  it('opens on the page named in the URL and goes back a page', async () => {
    seedManyApplications(50);
    const { user, router } = await renderApp('/applications?page=3');
    expect(await screen.findByText('41–54 of 54')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByText('21–40 of 54');
    expect(router.state.location.search).toBe('?page=2');
  });

  it('searches on the server after typing stops, once per term, and keeps the term in the URL', async () => {
    seedManyApplications(100);
    const recorder = recordRequests();
    const { user, router } = await renderApp('/applications?page=2');
    await screen.findByText('21–40 of 104');

    await user.type(screen.getByRole('searchbox', { name: 'Search applications by name or App ID' }), 'storefront');
    await waitFor(() => expect(router.state.location.search).toBe('?search=storefront'), PATIENT);
    await screen.findByRole('link', { name: 'Acme Storefront' }, PATIENT);
    expect(rowCount()).toBe(1);

    const searches = listRequests(recorder).filter((request) => request.url.searchParams.has('search'));
    expect(searches).toHaveLength(1);
    expect(searches[0]?.url.searchParams.get('search')).toBe('%storefront%');
    expect(searches[0]?.url.searchParams.get('page')).toBe('1');
  });

  it('finds an app by its App ID and restores the search from the URL after a reload', async () => {
    const { user } = await renderApp(`/applications?search=${ACME_STOREFRONT.id}`);
    expect(await screen.findByRole('link', { name: 'Acme Storefront' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search applications by name or App ID' })).toHaveValue(ACME_STOREFRONT.id);
    expect(rowCount()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(rowCount()).toBe(4), PATIENT);
  });

  it('searches for _ and % literally, not as SQL wildcards', async () => {
    const recorder = recordRequests();
    await renderApp('/applications?search=Partner_Portal');
    expect(await screen.findByText('No application matches “Partner_Portal”.')).toBeInTheDocument();
    const [search] = listRequests(recorder).filter((request) => request.url.searchParams.has('search'));
    expect(search?.url.searchParams.get('search')).toBe('%Partner\\_Portal%');
  });

  it('says when nothing matches and offers to clear the search', async () => {
    const { user, router } = await renderApp('/applications?search=nothing-like-this');
    expect(await screen.findByText('No application matches “nothing-like-this”.')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear search' });
    await user.click(clear[clear.length - 1] as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe(''), PATIENT);
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('follows the URL when the admin goes back to an earlier search', async () => {
    const { user, router } = await renderApp('/applications');
    await screen.findByRole('table');
    const box = screen.getByRole('searchbox', { name: 'Search applications by name or App ID' });
    await user.type(box, 'partner');
    await waitFor(() => expect(router.state.location.search).toBe('?search=partner'), PATIENT);
    await user.click(await screen.findByRole('link', { name: 'Partner Portal' }));
    await screen.findByRole('heading', { name: 'Partner Portal', level: 1 });
    await router.navigate(-1);
    expect(await screen.findByRole('searchbox', { name: 'Search applications by name or App ID' })).toHaveValue('partner');
    expect(rowCount()).toBe(1);
  });

  it('shows the framework catalogue instead of an empty table when there are no applications', async () => {
    db.applications = [];
    await renderApp('/applications');
    expect(await screen.findByRole('heading', { name: 'Create your first application' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Flask' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue without framework' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a localised error with a retry when the list cannot load, in Japanese', async () => {
    let fail = true;
    server.use(
      http.get('*/api/applications', () => (fail ? HttpResponse.json({ code: 'unknown', message: 'boom' }, { status: 500 }) : undefined)),
    );
    const { user } = await renderApp('/applications', { language: 'ja' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('問題');
    fail = false;
    await user.click(within(alert).getByRole('button'));
    expect(await screen.findByRole('table', { name: 'アプリケーション' })).toBeInTheDocument();
  });
});
