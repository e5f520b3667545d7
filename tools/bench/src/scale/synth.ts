import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@party/testing';

/** What `tools/synth` loaded (its last line of output): sizes, timings, the organizations a bench asks about. */
export interface SynthSummary {
  scale: string;
  orgs: number;
  grassroots: number;
  members: number;
  rootId: string;
  sampleIds: { grassrootsCommittee: string; grassrootsCell: string; committee: string | null };
  copyMs: number;
  indexMs: number;
  analyzeMs: number;
}

/** Runs `tools/synth` as a process (a tool never imports another's internals) into membership's schema. */
export function runSynth(scale: string, databaseUrl: string, schema: string): Promise<SynthSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'tools/synth/src/main.ts'), '--scale', scale, '--schema', schema], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, TS_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`tools/synth exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() as string) as SynthSummary);
    });
  });
}
