import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { renderApp } from '../../render';
import { recordRequests } from './helpers';

async function openFlaskForm() {
  const view = await renderApp('/applications');
  await view.user.click(await screen.findByRole('button', { name: 'Create application' }));
  const catalogue = await screen.findByRole('dialog', { name: 'Create application' });
  await view.user.click(within(catalogue).getByRole('button', { name: 'Traditional web' }));
  await view.user.click(within(catalogue).getByRole('button', { name: 'Flask' }));
  const form = await screen.findByRole('dialog', { name: 'Name your application' });
  return { ...view, form };
}

describe('create application', () => {
  it('narrows the catalogue by category and by search', async () => {
    const { user } = await renderApp('/applications');
    await user.click(await screen.findByRole('button', { name: 'Create application' }));
    const catalogue = await screen.findByRole('dialog', { name: 'Create application' });
    const traditional = ['Flask', 'Django', 'Express', 'Next.js', 'Go', 'PHP', 'Java Spring Boot', '.NET'];
    for (const name of traditional) expect(within(catalogue).getByRole('button', { name })).toBeInTheDocument();

    await user.click(within(catalogue).getByRole('button', { name: 'Single-page app' }));
    expect(within(catalogue).getByRole('button', { name: 'Single-page app' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(catalogue).queryByRole('button', { name: 'Flask' })).not.toBeInTheDocument();
    expect(within(catalogue).getByRole('button', { name: 'React' })).toBeInTheDocument();

    await user.click(within(catalogue).getByRole('button', { name: 'All' }));
    await user.type(within(catalogue).getByRole('searchbox', { name: 'Search frameworks' }), 'python');
    const cards = within(catalogue).getAllByRole('listitem').map((item) => item.textContent);
    expect(cards).toEqual([expect.stringContaining('Flask'), expect.stringContaining('Django'), expect.stringContaining('requests')]);

    await user.clear(within(catalogue).getByRole('searchbox', { name: 'Search frameworks' }));
    await user.type(within(catalogue).getByRole('searchbox', { name: 'Search frameworks' }), 'cobol');
    expect(within(catalogue).getByText('No framework matches your search.')).toBeInTheDocument();
  });

  it('creates "Bookstore" from the Flask card and lands on its quick start', async () => {
    const recorder = recordRequests();
    const { user, router, form } = await openFlaskForm();
    expect(within(form).getByText('Flask')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: 'Application name' }), 'Bookstore');
    await user.click(within(form).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/applications\/[0-9a-z]{21}\/quick-start$/));
    expect(await screen.findByRole('heading', { name: 'Bookstore', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('“Bookstore” is ready')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Install the SDK' })).toBeInTheDocument();

    const [post] = recorder.matching('POST', '/api/applications');
    expect(post?.body).toEqual({ name: 'Bookstore', type: 'Traditional' });
    expect(db.applications[0]).toMatchObject({ name: 'Bookstore', type: 'Traditional' });
  });

  it('keeps the guide of the framework it was created from when the Quick start tab is opened again', async () => {
    const { user } = await renderApp('/applications');
    await user.click(await screen.findByRole('button', { name: 'Create application' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Create application' })).getByRole('button', { name: 'Django' }));
    const form = await screen.findByRole('dialog', { name: 'Name your application' });
    await user.type(within(form).getByRole('textbox', { name: 'Application name' }), 'Library');
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/no step-by-step guide for Django yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await screen.findByRole('form', { name: 'Application settings' });
    await user.click(screen.getByRole('link', { name: 'Quick start' }));
    // Still Django's page, not the Flask guide that a Traditional web app gets by default.
    expect(await screen.findByText(/no step-by-step guide for Django yet/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Install the SDK' })).not.toBeInTheDocument();
  });

  it('refuses an empty or over-long name next to the field, without calling the server', async () => {
    const recorder = recordRequests();
    const { user, form } = await openFlaskForm();
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    const name = within(form).getByRole('textbox', { name: 'Application name' });
    expect(await within(form).findByText('Enter a name for the application.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name for the application.');

    await user.click(name);
    await user.paste('x'.repeat(257));
    expect(await within(form).findByText('Keep the name to 256 characters or fewer.')).toBeInTheDocument();
    expect(recorder.matching('POST', '/api/applications')).toHaveLength(0);
  });

  it('keeps the typed values after a server failure and succeeds on the next try', async () => {
    let failures = 1;
    server.use(
      http.post('*/api/applications', () => {
        if (failures-- > 0) return HttpResponse.json({ code: 'internal', message: 'Internal server error' }, { status: 500 });
        return undefined;
      }),
    );
    const { user, router, form } = await openFlaskForm();
    await user.type(within(form).getByRole('textbox', { name: 'Application name' }), 'Bookstore');
    await user.type(within(form).getByRole('textbox', { name: 'Description' }), 'Demo shop');
    await user.click(within(form).getByRole('button', { name: 'Create' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('The server ran into a problem');
    expect(within(form).getByRole('textbox', { name: 'Application name' })).toHaveValue('Bookstore');
    expect(within(form).getByRole('textbox', { name: 'Description' })).toHaveValue('Demo shop');

    await user.click(within(form).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/quick-start$/));
    expect(db.applications[0]).toMatchObject({ name: 'Bookstore', description: 'Demo shop' });
  });

  it('keeps the typed values when the network is down', async () => {
    server.use(http.post('*/api/applications', () => HttpResponse.error()));
    const { user, form } = await openFlaskForm();
    await user.type(within(form).getByRole('textbox', { name: 'Application name' }), 'Bookstore');
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The server could not be reached');
    expect(within(form).getByRole('textbox', { name: 'Application name' })).toHaveValue('Bookstore');
  });

  it('puts a 400 about the name next to the name field', async () => {
    server.use(
      http.post('*/api/applications', () =>
        HttpResponse.json(
          {
            code: 'guard.invalid_input',
            message: 'The request body is invalid.',
            data: { issues: [{ code: 'too_big', path: ['name'], message: 'String must contain at most 256 character(s)' }], name: 'ZodError' },
            details: 'Error in key path "name": (too_big) String must contain at most 256 character(s)',
          },
          { status: 400 },
        ),
      ),
    );
    const { user, form } = await openFlaskForm();
    await user.type(within(form).getByRole('textbox', { name: 'Application name' }), 'Bookstore');
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    expect(await within(form).findByText('Keep the name to 256 characters or fewer.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Application name' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('continues without a framework: picks a bare type, goes back, and creates a machine-to-machine app', async () => {
    const recorder = recordRequests();
    const { user, router } = await renderApp('/applications');
    await user.click(await screen.findByRole('button', { name: 'Create application' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Continue without framework' }));
    const types = await screen.findByRole('dialog', { name: 'Continue without framework' });
    await user.click(within(types).getByRole('button', { name: 'Single-page app' }));
    let form = await screen.findByRole('dialog', { name: 'Name your application' });
    await user.click(within(form).getByRole('button', { name: 'Back' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Continue without framework' })).getByRole('button', { name: 'Machine-to-machine' }));
    form = await screen.findByRole('dialog', { name: 'Name your application' });
    await user.type(within(form).getByRole('textbox', { name: 'Application name' }), 'Nightly export');
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/quick-start$/));
    expect(recorder.matching('POST', '/api/applications')[0]?.body).toEqual({ name: 'Nightly export', type: 'MachineToMachine' });
    expect(await screen.findByText('Everything your app\'s Logto SDK asks for is on this page.')).toBeInTheDocument();
  });

  it('works from the empty state catalogue, in Japanese', async () => {
    db.applications = [];
    const { user, router } = await renderApp('/applications', { language: 'ja' });
    expect(await screen.findByRole('heading', { name: '最初のアプリケーションを作成しましょう' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '従来型 Web' }));
    await user.click(screen.getByRole('button', { name: 'Flask' }));
    const form = await screen.findByRole('dialog', { name: 'アプリケーションに名前を付ける' });
    await user.type(within(form).getByRole('textbox', { name: 'アプリケーション名' }), 'Bookstore');
    await user.click(within(form).getByRole('button', { name: '作成' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/quick-start$/));
    expect(await screen.findByRole('heading', { name: 'SDK をインストールする' })).toBeInTheDocument();
  });
});
