/** The bench's figures: a table for people, JSON for comparing runs. */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Figure {
  label: string;
  value: number;
  unit: string;
  /** How the table shows it. */
  text: string;
}

/** The nearest-rank percentile: the smallest value that p% of the values are at or below. */
export const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];

export class Figures {
  private readonly entries = new Map<string, Figure>();

  /** Records a figure under a stable key (e.g. "site.build.time"); a later add with the same key replaces it. */
  add(key: string, label: string, value: number, unit: string, text = `${value} ${unit}`): void {
    this.entries.set(key, { label, value, unit, text });
  }

  /** A duration, kept in seconds. */
  seconds(key: string, label: string, ms: number, detail?: string): void {
    const value = Math.round(ms) / 1000;
    this.add(key, label, value, 's', `${value.toFixed(2)} s${detail ? ` (${detail})` : ''}`);
  }

  bytes(key: string, label: string, bytes: number): void {
    const text = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
    this.add(key, label, bytes, 'bytes', text);
  }

  table(title: string): string {
    const rows = [...this.entries.values()];
    const width = Math.max(20, ...rows.map((row) => row.label.length)) + 2;
    return [title, ...rows.map((row) => `  ${row.label.padEnd(width)} ${row.text}`)].join('\n');
  }

  toJSON(): Record<string, Figure> {
    return Object.fromEntries(this.entries);
  }
}

/** Writes the run's figures with what they depend on (machine, corpus) as JSON; returns the file. */
export const writeFiguresJson = async (file: string, run: Record<string, unknown>, figures: Figures): Promise<string> => {
  const cpus = os.cpus();
  const report = {
    ...run,
    finishedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryMiB: Math.round(os.totalmem() / 1024 / 1024),
    },
    figures,
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
};
