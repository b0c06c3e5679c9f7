import { describe, expect, it } from 'vitest';
import { cleanUriList, uriListProblems, validateRedirectUri } from '../../../src/features/applications/shared/redirect-uris';

describe('validateRedirectUri', () => {
  it.each([
    ['http://localhost:3000/callback', undefined],
    ['https://shop.example.com/auth/callback?x=1', undefined],
    ['  https://padded.example.com/cb  ', undefined],
    ['localhost:3000/callback', 'uri_not_http'],
    ['shop.example.com/callback', 'uri_invalid'],
    ['ftp://files.example.com/', 'uri_not_http'],
    ['io.acme.mobile://callback', 'uri_not_http'],
    ['http://', 'uri_invalid'],
    ['http:/missing-slash', 'uri_not_http'],
    ['https://shop.example.com/cb#done', 'uri_has_fragment'],
  ])('web: %s → %s', (uri, expected) => {
    expect(validateRedirectUri(uri)).toBe(expected);
  });

  it.each([
    ['io.acme.mobile://callback', undefined],
    ['com.example.app:/oauth', undefined],
    ['https://example.com/callback', undefined],
    ['myapp://callback', 'uri_invalid_native'],
    ['not a uri', 'uri_invalid_native'],
  ])('native: %s → %s', (uri, expected) => {
    expect(validateRedirectUri(uri, { allowCustomScheme: true })).toBe(expected);
  });
});

describe('uriListProblems', () => {
  it('flags each bad row and each later duplicate, and ignores blank rows', () => {
    const entries = ['https://a.example/cb', '', 'nope', 'https://a.example/cb', ' https://a.example/cb '].map((value) => ({ value }));
    expect(uriListProblems(entries)).toEqual([
      [2, 'uri_invalid'],
      [3, 'uri_duplicate'],
      [4, 'uri_duplicate'],
    ]);
  });

  it('knows the same URL written another way, but keeps paths and custom schemes exact', () => {
    const entries = ['http://localhost:3000/callback', 'HTTP://LOCALHOST:3000/callback', 'https://a.example:443/cb', 'https://a.example/cb', 'http://localhost:3000/Callback'].map(
      (value) => ({ value }),
    );
    expect(uriListProblems(entries)).toEqual([
      [1, 'uri_duplicate'],
      [3, 'uri_duplicate'],
    ]);
    const native = ['io.acme.app://callback', 'IO.ACME.APP://callback'].map((value) => ({ value }));
    expect(uriListProblems(native, { allowCustomScheme: true })).toEqual([]);
  });
});

describe('cleanUriList', () => {
  it('drops blank rows, trims the rest and remembers which row each URI came from', () => {
    const entries = [' https://a.example/cb ', '  ', 'https://b.example/cb'].map((value) => ({ value }));
    expect(cleanUriList(entries)).toEqual({ uris: ['https://a.example/cb', 'https://b.example/cb'], rows: [0, 2] });
  });
});
