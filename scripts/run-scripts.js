#!/usr/bin/env node
'use strict';

/**
 * Runs several npm scripts and reports on all of them, so one failure does not hide the others:
 *   node scripts/run-scripts.js [--parallel] [--goals] <script>...
 * - In order (default), each script's output streams as it runs.
 * - With --parallel, the scripts run side by side (the three integration passes each boot Strapi on
 *   their own databases, and spend much of their time waiting on them); each one's output is held
 *   and printed whole, under its name, when it ends, so two Jest runs never interleave.
 * - With --goals, the benchmarks' `GOAL met|MISSED …` lines (bench/goals.ts) are collected and listed
 *   at the end, so one table shows every goal of the run.
 * Ends with a table of the scripts, their exit codes and durations, and exits non-zero if any failed.
 */
const { spawn } = require('node:child_process');

const args = process.argv.slice(2);
const parallel = args.includes('--parallel');
const goals = args.includes('--goals');
const scripts = args.filter((arg) => !arg.startsWith('--'));
if (!scripts.length) {
  console.error('usage: run-scripts.js [--parallel] [--goals] <npm script>...');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const goalLines = [];

function collectGoals(text, pending) {
  const lines = (pending.rest + text).split('\n');
  pending.rest = lines.pop();
  for (const line of lines) if (line.startsWith('GOAL ')) goalLines.push(line.slice(5).trim());
}

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: parallel || goals ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    const held = [];
    const pending = { rest: '' };
    const take = (stream, out) =>
      stream?.on('data', (chunk) => {
        if (goals) collectGoals(chunk.toString(), pending);
        if (parallel) held.push(chunk);
        else out.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code, signal) => {
      if (goals) collectGoals('\n', pending);
      const seconds = Math.round((Date.now() - started) / 1000);
      if (parallel) {
        process.stdout.write(`\n===== ${script} (exit ${code ?? signal}, ${seconds} s) =====\n`);
        process.stdout.write(Buffer.concat(held));
      }
      resolve({ script, code: code ?? 1, seconds });
    });
  });
}

(async () => {
  const results = [];
  if (parallel) results.push(...(await Promise.all(scripts.map(run))));
  else for (const script of scripts) results.push(await run(script));

  if (goals && goalLines.length) {
    console.log('\nGoals:');
    for (const line of goalLines) console.log(`  ${line}`);
  }
  const width = Math.max(...results.map((r) => r.script.length));
  console.log('\nScripts:');
  for (const r of results) console.log(`  ${r.code === 0 ? 'ok    ' : 'FAILED'} ${r.script.padEnd(width)}  ${r.seconds} s`);
  process.exit(results.every((r) => r.code === 0) ? 0 : 1);
})();
