// Minifies the CSS of Lit's css`` templates in the published modules: comments
// and layout whitespace are most of what the elements' styles weigh, and a
// host's bundler leaves the inside of template literals alone. Each literal's
// `${…}` parts (design tokens) stand in as placeholder identifiers while
// esbuild's CSS minifier runs, and are put back after. `npm test` checks that
// every minified literal parses to the same CSS rules as its source
// (.ci/check-css-literals.mjs).
import { transform } from 'esbuild';
import MagicString from 'magic-string';

const TAG = /\bcss`/g;
const placeholder = (index) => `--ol-css-part-${index}-`;

/**
 * The css`` literals of a module: where each starts and ends (the backticks
 * included) and its parts, text and `${…}` expressions in turn.
 */
export function cssLiterals(code) {
  const literals = [];
  for (const match of code.matchAll(TAG)) {
    const open = match.index + match[0].length - 1;
    const parsed = readTemplate(code, open);
    if (parsed) literals.push({ start: open, ...parsed });
  }
  return literals;
}

/** Reads the template literal opening at `open`: its text parts, expressions and end. */
function readTemplate(code, open) {
  const texts = [];
  const expressions = [];
  let text = '';
  for (let i = open + 1; i < code.length; i += 1) {
    const ch = code[i];
    if (ch === '\\') {
      text += ch + code[i + 1];
      i += 1;
    } else if (ch === '`') {
      texts.push(text);
      return { end: i + 1, texts, expressions };
    } else if (ch === '$' && code[i + 1] === '{') {
      const close = expressionEnd(code, i + 2);
      if (close < 0) return undefined;
      texts.push(text);
      text = '';
      expressions.push(code.slice(i + 2, close));
      i = close;
    } else text += ch;
  }
  return undefined;
}

/** Index of the `}` closing an expression that starts at `from` (strings and nested templates skipped). */
function expressionEnd(code, from) {
  let depth = 0;
  for (let i = from; i < code.length; i += 1) {
    const ch = code[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth -= 1;
    } else if (ch === "'" || ch === '"') {
      for (i += 1; i < code.length && code[i] !== ch; i += 1) if (code[i] === '\\') i += 1;
    } else if (ch === '`') {
      const nested = readTemplate(code, i);
      if (!nested) return -1;
      i = nested.end - 1;
    }
  }
  return -1;
}

/** The CSS of a literal with each expression as a placeholder identifier. */
const withPlaceholders = (texts) => texts.reduce((css, text, i) => css + (i ? placeholder(i - 1) : '') + text, '');

/**
 * A literal's CSS as written and as minified, both with placeholders, or
 * undefined when it stays as written: it holds escapes (they would need
 * cooking and re-escaping), esbuild warns about it, or the minified text
 * could not sit in a template literal as it is.
 */
export async function minifyLiteral(texts) {
  if (texts.some((text) => text.includes('\\'))) return undefined;
  const source = withPlaceholders(texts);
  const result = await transform(source, { loader: 'css', minify: true, logLevel: 'silent' });
  const minified = result.code.trim();
  if (result.warnings.length || /[`\\]|\$\{/.test(minified)) return undefined;
  return { source, minified };
}

/** Puts the expressions back in place of their placeholders. */
function restore(css, expressions) {
  let out = css;
  expressions.forEach((expression, i) => {
    const name = placeholder(i);
    if (out.split(name).length !== 2) throw new Error(`placeholder ${name} did not survive minification once`);
    out = out.replace(name, () => `\${${expression}}`);
  });
  return out;
}

/** The module with its css`` literals minified (each literal whose minified form esbuild accepts). */
export async function minifyCssLiterals(code, id = 'module') {
  const literals = cssLiterals(code);
  if (literals.length === 0) return undefined;
  const s = new MagicString(code);
  for (const { start, end, texts, expressions } of literals) {
    const css = await minifyLiteral(texts);
    if (!css) continue;
    let body;
    try {
      body = restore(css.minified, expressions);
    } catch (error) {
      throw new Error(`${id}: ${error.message}`);
    }
    s.overwrite(start, end, `\`${body}\``);
  }
  return { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
}

/** Rollup plugin: minifies the css`` literals of the TypeScript sources. */
export function cssLiteralsPlugin() {
  return {
    name: 'open-lines-css-literals',
    async transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      return (await minifyCssLiterals(code, id)) ?? null;
    },
  };
}
