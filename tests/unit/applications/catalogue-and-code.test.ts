import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, filterFrameworks } from '../../../src/features/applications/catalogue/frameworks';
import { code, renderCode, SECRET_SLOT } from '../../../src/features/applications/quick-start/code-parts';
import { clientCode, localPort } from '../../../src/features/applications/quick-start/flask-code';
import { apiIssues } from '../../../src/features/applications/shared/api-issues';
import { ApiError } from '../../../src/lib/api-error';

describe('framework catalogue', () => {
  it('holds the traditional web frameworks the guide promises, and a few of every other kind', () => {
    const names = (category: string) => FRAMEWORKS.filter((framework) => framework.category === category).map((framework) => framework.name);
    expect(names('traditional')).toEqual(expect.arrayContaining(['Flask', 'Django', 'Express', 'Next.js', 'Go', 'PHP', 'Java Spring Boot', '.NET']));
    for (const category of ['spa', 'native', 'm2m']) expect(names(category).length).toBeGreaterThanOrEqual(3);
    expect(new Set(FRAMEWORKS.map((framework) => framework.id)).size).toBe(FRAMEWORKS.length);
  });

  it('filters by category and by a case-insensitive term on name or platform', () => {
    expect(filterFrameworks(FRAMEWORKS, 'FLASK', 'all').map((framework) => framework.id)).toEqual(['flask']);
    expect(filterFrameworks(FRAMEWORKS, 'python', 'traditional').map((framework) => framework.id)).toEqual(['flask', 'django']);
    expect(filterFrameworks(FRAMEWORKS, '', 'm2m')).toHaveLength(3);
    expect(filterFrameworks(FRAMEWORKS, 'python', 'spa')).toEqual([]);
  });
});

describe('guide code', () => {
  it('keeps the secret as its own slot, rendered masked or real', () => {
    const parts = code`a="${SECRET_SLOT}" b=${'x'}`;
    expect(parts).toEqual(['a="', SECRET_SLOT, '" b=x']);
    expect(renderCode(parts, 'S3CRET')).toBe('a="S3CRET" b=x');
  });

  it('escapes values as Python string literals and falls back to a placeholder without a secret', () => {
    const text = renderCode(
      clientCode({ endpoint: 'http://localhost:3001', appId: 'id"1', hasSecret: false, redirectUri: '', postSignOutUri: '' }),
      'unused',
    );
    expect(text).toContain('appId="id\\"1"');
    expect(text).toContain('appSecret="replace-with-an-app-secret"');
  });

  it('runs Flask on the port of a local redirect URI', () => {
    expect(localPort('http://localhost:5000/callback')).toBe('5000');
    expect(localPort('https://shop.example.com/callback')).toBe('3000');
    expect(localPort('not a url')).toBe('3000');
  });
});

describe('apiIssues', () => {
  it('reads zod issues from data, or key paths from details', () => {
    const withData = new ApiError({
      status: 400,
      kind: 'http',
      message: 'The request body is invalid.',
      data: { issues: [{ code: 'custom', message: 'Invalid input', path: ['oidcClientMetadata', 'redirectUris', 0] }] },
    });
    expect(apiIssues(withData)).toEqual([{ path: 'oidcClientMetadata.redirectUris.0', code: 'custom', message: 'Invalid input' }]);
    const withDetails = new ApiError({ status: 400, kind: 'http', message: 'x', details: 'Error in key path "name": (invalid_type) Expected string' });
    expect(apiIssues(withDetails)).toEqual([{ path: 'name', code: undefined, message: '(invalid_type) Expected string' }]);
    expect(apiIssues(new ApiError({ status: 500, kind: 'http', message: 'x' }))).toEqual([]);
  });
});
