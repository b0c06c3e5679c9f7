// The one table `npm run bench` prints (Markdown, so README.md (section "Performance") can paste it as is).
import { BUDGETS, FIRST_ROUTE, kb } from './bundle.mjs';

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '—');
const seconds = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : '—');
const requests = (r) => (r ? `${r.count} requests (${r.api} API), ${kb(r.kb)} kB` : '—');

function sizeRows(sizes) {
  const rows = [];
  const first = sizes.routes.find((route) => route.path === FIRST_ROUTE);
  rows.push([
    `Initial JS / CSS, gzip (entry + static imports + en common strings)`,
    `${kb(sizes.initial.js.gzipKb)} kB / ${kb(sizes.initial.css.gzipKb)} kB`,
  ]);
  for (const route of sizes.routes) {
    const budget = route.path === FIRST_ROUTE ? ` — budget ${BUDGETS.firstRouteInitialJsKb} kB` : '';
    rows.push([
      `Route \`${route.path}\`: JS / CSS on first visit (route's own part)`,
      `${kb(route.withInitial.jsGzipKb)} kB / ${kb(route.withInitial.cssGzipKb)} kB (+${kb(route.own.js.gzipKb)} / +${kb(route.own.css.gzipKb)})${budget}`,
    ]);
  }
  const chunkOf = (module) => module.chunk?.js.gzipKb ?? module.own.js.gzipKb;
  const largest = [...sizes.modules].sort((a, b) => chunkOf(b) - chunkOf(a))[0];
  if (largest) {
    rows.push([
      `Largest lazy route chunk, gzip (budget ${BUDGETS.routeOwnJsKb} kB)`,
      `${kb(chunkOf(largest))} kB — \`${largest.module}\` (a first visit adds ${kb(largest.own.js.gzipKb)} kB with shared chunks)`,
    ]);
  }
  if (sizes.embeddedApi) rows.push(['Embedded API chunk (embedded mode only, loaded at boot)', `${kb(sizes.embeddedApi.gzipKb)} kB`]);
  rows.push([`All JS, gzip (${sizes.allJs.files} files) / all CSS`, `${kb(sizes.allJs.gzipKb)} kB / ${kb(sizes.allCss.gzipKb)} kB`]);
  const failed = sizes.budgets.filter((budget) => !budget.ok);
  rows.push(['Size budgets', failed.length === 0 ? `all ${sizes.budgets.length} met` : `${failed.length} exceeded: ${failed.map((b) => b.name).join('; ')}`]);
  if (first && sizes.initialComposition?.length) {
    rows.push(['Largest parts of the initial JS (each gzipped alone)', sizes.initialComposition.slice(0, 6).map((part) => `${part.name} ${kb(part.gzipKb)}`).join(', ')]);
  }
  return rows;
}

function lighthouseRows(lh) {
  return ['mobile', 'desktop']
    .filter((preset) => lh[preset])
    .map((preset) => {
      const r = lh[preset];
      return [
        `Lighthouse ${preset}, \`${lh.url}\` (median of ${r.runs.length}): score · LCP · TBT · CLS`,
        `${r.score} · ${seconds(r.lcpMs)} · ${ms(r.tbtMs)} · ${r.cls.toFixed(3)}`,
      ];
    });
}

function listRows(list) {
  const n = list.runs.length;
  const data = `${list.dataset.applications.toLocaleString('en-US')} apps, ${list.dataset.connectors} connectors; median of ${n}`;
  return [
    [`Navigation → first list row (${data}, cold cache)`, `${ms(list.firstRow.ms)}; ${requests(list.firstRow.requests)}`],
    ['"Next page" click → next rows', `${ms(list.nextPage.ms)}; ${requests(list.nextPage.requests)}`],
    ['Keystroke → filtered rows (includes the 300 ms search debounce)', `${ms(list.filter.ms)}; ${requests(list.filter.requests)}`],
  ];
}

function connectorRows(forms) {
  return forms.factories.map((factory) => [
    `Connector form \`${factory.id}\` (${factory.fields} fields): render, first / median of ${forms.samples} · validate a full submit`,
    factory.error
      ? `failed: ${factory.error}`
      : `${ms(factory.firstRenderMs)} / ${ms(factory.renderMs)} · ${ms(factory.validateMs)} (${factory.outcome === 'invalid' ? 'errors shown' : 'sent'})`,
  ]);
}

export function renderMarkdown(results) {
  const env = results.environment;
  const rows = [
    ...(results.sizes ? sizeRows(results.sizes) : []),
    ...(results.lighthouse ? lighthouseRows(results.lighthouse) : []),
    ...(results.list ? listRows(results.list) : []),
    ...(results.connectorForms ? connectorRows(results.connectorForms) : []),
  ];
  const header = `Torii bench, ${results.date.slice(0, 16).replace('T', ' ')} UTC · commit ${env.commit ?? '?'}${env.dirty ? ' (+local changes)' : ''} · Node ${env.node} · ${env.chromium ?? 'Chromium ?'} · ${env.cpus} CPUs`;
  const escape = (text) => String(text).replaceAll('|', '\\|');
  return [header, '', '| Measure | Result |', '|---|---|', ...rows.map(([name, value]) => `| ${escape(name)} | ${escape(value)} |`)].join('\n');
}
