/**
 * Peak resident memory of a child process and its own children (Linux /proc), sampled while it
 * runs: the figure the 3 GiB budget is about, which process.memoryUsage() cannot see.
 */
import { readFileSync, readdirSync } from 'node:fs';

const statusValueKb = (pid: number, field: string): number => {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
};

const childrenOf = (pid: number): number[] => {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
};

const treeOf = (pid: number): number[] => [pid, ...childrenOf(pid).flatMap(treeOf)];

/** Starts sampling; stop() returns the highest single-process peak seen, in MB. */
export const peakMemoryOf = (pid: number, everyMs = 200): { stop: () => number } => {
  let peakKb = 0;
  const sample = () => {
    for (const member of treeOf(pid)) peakKb = Math.max(peakKb, statusValueKb(member, 'VmHWM'));
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(peakKb / 1024);
    },
  };
};

/** This process's own children whose command name (as /proc shows it) starts with `name`. */
export const childrenNamed = (name: string): number[] =>
  childrenOf(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(name);
    } catch {
      return false;
    }
  });
