// What the initial JavaScript is made of, by npm package (or by app folder), from the build's hidden source
// maps. It answers "what should I cut?" when the 150 kB budget is close. Each package's share is its code
// gzipped alone, so shares do not add up exactly to the chunk's gzip size (gzip shares context).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

function owner(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source ?? '');
  if (pkg?.[1]) return pkg[1];
  const app = /(?:^|\/)((?:src|mocks|locales)\/[^/]+)/.exec(source ?? '');
  return app?.[1] ?? '(runtime)';
}

/** Bytes of each owner in the given built JS files; returns the top `limit` by gzip size. */
export function composition(distDir, files, limit = 12) {
  const code = new Map();
  for (const file of files) {
    const mapFile = join(distDir, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const lines = readFileSync(join(distDir, file), 'utf8').split('\n');
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
    let previous = null;
    const take = (until) => {
      if (!previous) return;
      const line = lines[previous.generatedLine - 1] ?? '';
      const end = until && until.generatedLine === previous.generatedLine ? until.generatedColumn : line.length;
      const key = owner(previous.source);
      code.set(key, (code.get(key) ?? '') + line.slice(previous.generatedColumn, end));
    };
    consumer.eachMapping((mapping) => {
      take(mapping);
      previous = mapping;
    });
    take(null);
  }
  return [...code]
    .map(([name, text]) => ({ name, rawKb: text.length / 1000, gzipKb: gzipSync(text, { level: 9 }).length / 1000 }))
    .sort((a, b) => b.gzipKb - a.gzipKb)
    .slice(0, limit);
}
