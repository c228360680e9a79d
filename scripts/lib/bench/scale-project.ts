/**
 * A throw-away copy of the project with a synthetic catalog of N tools, and
 * a cold `astro build` of it measured from outside: wall time and the
 * build's peak resident memory (GNU time's "Maximum resident set size").
 *
 * node_modules is a real folder of links to the project's packages rather
 * than one link to the folder, so the copy's caches (node_modules/.astro,
 * where the content layer keeps its data store, and node_modules/.vite)
 * start empty and never touch the project's own.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readTags } from '../../../src/lib/catalog/tags.ts';
import { ACTIVITY_FILE, REDIRECTS_FILE, TOOLS_DIR } from '../content-files.ts';
import { readSubcategories, syntheticProject, writeSyntheticGuides } from '../../../tests/support/synthetic-project.ts';

/** Folders of the project that the copy does not need (or must not share). */
const SKIP = new Set(['node_modules', '.git', '.astro', 'dist', 'dist-atlas', 'test-results', 'playwright-report', '.ci']);

export interface ScaleProject {
  /** The copy's root. */
  dir: string;
  tools: number;
}

/** Copies `root` to a new temporary folder and replaces its catalog with `tools` synthetic entries. */
export function createScaleProject(root: string, tools: number, parent = tmpdir()): ScaleProject {
  if (!Number.isInteger(tools) || tools < 150)
    throw new Error(`--tools must be a whole number of at least 150 (the catalog's minimum), not ${tools}`);
  const dir = mkdtempSync(join(parent, `atlas-scale-${tools}-`));
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => {
      const rel = relative(root, source);
      const top = rel.split(/[\\/]/)[0] ?? '';
      return !SKIP.has(top) && rel !== join(TOOLS_DIR) && !rel.startsWith(join(TOOLS_DIR) + '/');
    },
  });
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) throw new Error(`${modules} is missing: run \`npm install\` first`);
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  const project = syntheticProject(
    tools,
    readTags(`${dir}/`).map((tag) => tag.id),
    readSubcategories(dir),
  );
  mkdirSync(join(dir, TOOLS_DIR));
  for (const entry of project.entries) writeFileSync(join(dir, TOOLS_DIR, `${entry.id}.md`), entry.text);
  writeFileSync(join(dir, ACTIVITY_FILE), project.activity);
  writeFileSync(join(dir, REDIRECTS_FILE), project.redirects);
  writeSyntheticGuides(dir, project);
  return { dir, tools: project.entries.length };
}

export interface BuildRun {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the build process, in bytes; undefined when GNU time is not installed. */
  peakBytes: number | undefined;
  /**
   * CPU time of the build (user + system), in seconds; undefined without GNU time. Steadier than the
   * wall time when other work shares the machine.
   */
  cpuSeconds: number | undefined;
  /** What the build printed, for a failed build's report. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `astro build` in the copy with its output in `outDir`. With `profileDir`, Node writes a CPU
 * profile (.cpuprofile, open it in Chrome DevTools) of the build there.
 */
export function runBuild(project: ScaleProject, outDir: string, profileDir?: string): Promise<BuildRun> {
  const astro = join(project.dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const nodeArgs = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), astro, 'build'];
  const timed = existsSync(GNU_TIME);
  const [command, args] = timed ? [GNU_TIME, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: project.dir, env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
      const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
      const cpuSeconds = user && system ? Number(user) + Number(system) : undefined;
      resolve({ ok: code === 0, seconds, peakBytes: rss ? Number(rss) * 1024 : undefined, cpuSeconds, output });
    });
  });
}
