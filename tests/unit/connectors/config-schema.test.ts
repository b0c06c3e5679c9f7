import { describe, expect, it } from 'vitest';
import { parseFormItems, type FormItem } from '@/api/connector-form-items';
import { buildConfigSchema } from '@/features/connectors/config-form/build-config-schema';
import { rulesFor, type ConfigIssue } from '@/features/connectors/config-form/factory-rules';
import { defaultFormValues, storedFormValues, toConfigPayload } from '@/features/connectors/config-form/form-values';

// Messages carry the issue itself so each case can assert exactly what went wrong.
const message = (issue: ConfigIssue) => JSON.stringify(issue);
const options = [{ value: 'a', title: 'A' }, { value: 'b', title: 'B' }];

function run(rawItems: unknown[], values: Record<string, unknown>, factoryId = 'test') {
  const items = parseFormItems(rawItems);
  const result = buildConfigSchema(items, { rules: rulesFor(factoryId), message }).safeParse(values);
  if (result.success) return { config: result.data };
  return { errors: Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), JSON.parse(issue.message) as ConfigIssue])) };
}

const item = (type: string, extra: Record<string, unknown> = {}) => ({ key: 'f', label: 'F', type, ...extra });

describe('buildConfigSchema: each type', () => {
  it.each([
    ['Text, trimmed', item('Text'), '  id-1 ', 'id-1'],
    ['MultilineText, kept as typed', item('MultilineText'), 'line 1\nline 2', 'line 1\nline 2'],
    ['MultilineText scope, joined by single spaces', { ...item('MultilineText'), key: 'scope' }, 'identity\n identity[email] ', 'identity identity[email]'],
    ['Number from text', item('Number'), ' 465 ', 465],
    ['Number, negative decimal', item('Number'), '-1.5', -1.5],
    ['Switch on', item('Switch'), true, true],
    ['Switch off is a value, not empty', item('Switch'), false, false],
    ['Select', item('Select', { selectItems: options }), 'b', 'b'],
    ['MultiSelect', item('MultiSelect', { selectItems: options }), ['a', 'b'], ['a', 'b']],
    ['Json object', item('Json'), '{ "a": [1, 2] }', { a: [1, 2] }],
    ['Json array', item('Json'), '[{"usageType": "SignIn"}]', [{ usageType: 'SignIn' }]],
  ])('%s', (_name, raw, value, expected) => {
    const key = (raw as { key: string }).key;
    expect(run([raw], { [key]: value })).toEqual({ config: { [key]: expected } });
  });

  it.each([
    ['Number', item('Number'), 'twelve', { code: 'not_a_number' }],
    ['Select', item('Select', { selectItems: options }), 'latin1', { code: 'not_an_option' }],
    ['MultiSelect', item('MultiSelect', { selectItems: options }), ['a', 'z'], { code: 'not_an_option' }],
    ['Json syntax, with line and column', item('Json'), '{\n  "a": 1,\n}', { code: 'json_syntax', line: 3, column: 1 }],
    ['Json that is not an object', item('Json'), '42', { code: 'json_not_object' }],
  ])('rejects a bad %s value', (_name, raw, value, issue) => {
    expect(run([raw], { f: value })).toEqual({ errors: { f: issue } });
  });
});

describe('buildConfigSchema: required and optional', () => {
  const empties: [string, unknown][] = [
    ['Text', '   '],
    ['MultilineText', '\n'],
    ['Number', ''],
    ['Select', ''],
    ['MultiSelect', []],
    ['Json', ' '],
  ];

  it.each(empties)('an empty required %s is an error', (type, value) => {
    expect(run([item(type, { required: true, selectItems: options })], { f: value })).toEqual({ errors: { f: { code: 'required' } } });
  });

  it.each(empties)('an empty optional %s is not sent', (type, value) => {
    expect(run([item(type, { selectItems: options })], { f: value })).toEqual({ config: {} });
  });

  it('reports every failing field at once', () => {
    const result = run([{ ...item('Text', { required: true }), key: 'a' }, { ...item('Number'), key: 'b' }], { a: '', b: 'x' });
    expect(result.errors).toEqual({ a: { code: 'required' }, b: { code: 'not_a_number' } });
  });
});

describe('buildConfigSchema: show conditions', () => {
  const raw = [
    { key: 'method', label: 'M', type: 'Select', selectItems: [{ value: 'basic' }, { value: 'jwt' }] },
    { key: 'alg', label: 'A', type: 'Select', required: true, selectItems: [{ value: 'HS256' }], showConditions: [{ targetKey: 'method', expectValue: 'jwt' }] },
    { key: 'sign', label: 'S', type: 'Switch' },
    { key: 'pem', label: 'P', type: 'MultilineText', required: true, showConditions: [{ targetKey: 'sign', expectValue: true }] },
  ];

  it('neither validates nor sends hidden fields', () => {
    expect(run(raw, { method: 'basic', alg: 'nope', sign: false, pem: '' })).toEqual({ config: { method: 'basic', sign: false } });
  });

  it('treats a condition without expectValue as "the target is set"', () => {
    const items = [
      { key: 'endpoint', label: 'E', type: 'Text' },
      { key: 'token', label: 'T', type: 'Text', required: true, showConditions: [{ targetKey: 'endpoint' }] },
    ];
    expect(run(items, { endpoint: '', token: '' })).toEqual({ config: {} });
    expect(run(items, { endpoint: 'https://x', token: '' }).errors).toEqual({ token: { code: 'required' } });
  });

  it('validates and sends a field once its condition holds', () => {
    expect(run(raw, { method: 'jwt', alg: '', sign: true, pem: 'x' }).errors).toEqual({ alg: { code: 'required' } });
    expect(run(raw, { method: 'jwt', alg: 'HS256', sign: true, pem: 'x' })).toEqual({
      config: { method: 'jwt', alg: 'HS256', sign: true, pem: 'x' },
    });
  });
});

describe('buildConfigSchema: unsupported items and the payload', () => {
  const raw = [item('Text'), { key: 'legacy', label: 'Legacy', type: 'ColorPicker' }];

  it('sends an unsupported value back unchanged', () => {
    const stored = { f: 'x', legacy: { r: 1, g: 2 } };
    const items = parseFormItems(raw);
    expect(run(raw, storedFormValues(items, stored))).toEqual({ config: { f: 'x', legacy: { r: 1, g: 2 } } });
  });

  it('keeps stored keys no descriptor mentions', () => {
    const items: FormItem[] = parseFormItems(raw);
    expect(toConfigPayload(items, { f: 'new' }, { f: 'old', extra: true })).toEqual({ f: 'new', extra: true });
  });
});

describe('form values', () => {
  const items = parseFormItems([
    { key: 'text', label: 'T', type: 'Text', defaultValue: 'default' },
    { key: 'count', label: 'N', type: 'Number', defaultValue: 3 },
    { key: 'on', label: 'S', type: 'Switch', defaultValue: true },
    { key: 'json', label: 'J', type: 'Json', defaultValue: { a: 1 } },
    { key: 'many', label: 'M', type: 'MultiSelect', selectItems: options, defaultValue: ['a'] },
  ]);

  it('start from defaults for a new connector', () => {
    expect(defaultFormValues(items)).toEqual({ text: 'default', count: '3', on: true, json: '{\n  "a": 1\n}', many: ['a'] });
  });

  it('start from the stored config, never from defaults, for an existing one', () => {
    expect(storedFormValues(items, { count: 7 })).toEqual({ text: '', count: '7', on: false, json: '', many: [] });
  });
});

describe('Alipay rules', () => {
  const alipay = [
    { key: 'appId', label: 'App ID', type: 'Text', required: true },
    { key: 'signType', label: 'Signing Algorithm', type: 'Select', selectItems: [{ value: 'RSA' }, { value: 'RSA2' }] },
  ];

  it('fills signType with RSA2 when left empty, because the server requires it', () => {
    expect(run(alipay, { appId: '2021', signType: '' }, 'alipay-web')).toEqual({ config: { appId: '2021', signType: 'RSA2' } });
    expect(defaultFormValues(parseFormItems(alipay), rulesFor('alipay-web'))).toMatchObject({ signType: 'RSA2' });
  });

  it('leaves another factory with the same keys alone', () => {
    expect(run(alipay, { appId: '2021', signType: '' }, 'other')).toEqual({ config: { appId: '2021' } });
  });
});
