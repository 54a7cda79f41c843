import { nodeResolve } from '@rollup/plugin-node-resolve';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { cssLiteralsPlugin } from './.ci/css-literals.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
/** Dependencies stay imports in the module build, so a host's bundler dedupes them. */
const external = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** One entry per registration file (`src/components/<name>/ol-<name>.ts`). */
const elementEntries = Object.fromEntries(
  readdirSync('src/components', { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) =>
      readdirSync(`src/components/${dir.name}`)
        .filter((file) => /^ol-.*\.ts$/.test(file))
        .map((file) => [`components/${dir.name}/${file.replace(/\.ts$/, '')}`, `src/components/${dir.name}/${file}`]),
    ),
);

const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' };

/** Copies the theme files next to the modules. */
function themes() {
  return {
    name: 'open-lines-themes',
    writeBundle() {
      mkdirSync('dist/themes', { recursive: true });
      for (const file of readdirSync('src/themes').filter((f) => f.endsWith('.css'))) {
        copyFileSync(`src/themes/${file}`, `dist/themes/${file}`);
      }
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'adapters/memory/index': 'src/adapters/memory/index.ts',
      'adapters/bitrix24/index': 'src/adapters/bitrix24/index.ts',
      ...elementEntries,
    },
    external,
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [nodeResolve(), cssLiteralsPlugin(), esbuild(esbuildOptions), themes()],
  },
  {
    // Everything inlined and minified, for a plain HTML page.
    input: 'src/bundle.ts',
    output: { file: 'dist/open-lines.bundle.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
    plugins: [nodeResolve({ exportConditions: ['production'] }), cssLiteralsPlugin(), esbuild({ ...esbuildOptions, minify: true })],
  },
];
