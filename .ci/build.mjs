// npm run build: JavaScript with rollup, then the type declarations with tsc.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly', '--declarationMap', 'false']);
