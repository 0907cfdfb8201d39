/**
 * Runs a command and measures it: wall time, and the peak memory of its whole process tree
 * (npm → tsx → node, astro → workers), sampled from /proc every 100 ms as the sum of the
 * tree's resident set sizes. /usr/bin/time is not on every machine, and a child's
 * `resourceUsage().maxRSS` does not see its own children.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Peak of the sampled sum of VmRSS over the process tree, in MiB */
  peakRssMb: number;
  /** The largest VmHWM (peak RSS) any single process of the tree reported, in MiB */
  peakProcessRssMb: number;
  code: number;
  output: string;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** The pid and every descendant of it. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses: read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Runs `command args` with `env`, echoing nothing; resolves with time, peak memory and the output. */
export function measure(command: string, args: readonly string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      const s = chunk.toString('utf8');
      if (opts.echo) process.stderr.write(s);
      output = (output + s).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    let peakProcess = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        sum += statusKb(pid, 'VmRSS');
        peakProcess = Math.max(peakProcess, statusKb(pid, 'VmHWM'));
      }
      peak = Math.max(peak, sum);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak / 1024), peakProcessRssMb: Math.round(peakProcess / 1024), code: code ?? -1, output });
    });
  });
}
