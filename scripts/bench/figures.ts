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

/** A value as the table shows it: bytes in KiB or MiB, seconds and ratios with two decimals. */
export const amount = (value: number, unit: string): string => {
  if (unit === 'bytes')
    return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MiB` : `${(value / 1024).toFixed(1)} KiB`;
  if (unit === 's') return `${value.toFixed(2)} s`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value} ${unit}`;
};

export interface GoalResult {
  key: string;
  goal: string;
  label?: string;
  result?: string;
  met?: boolean;
  /** How far under or over the goal. */
  by?: string;
}

export class Figures {
  private readonly entries = new Map<string, Figure>();
  private readonly goals = new Map<string, { max: number; text: string }>();

  /** A target a figure should stay at or under; the table says whether it was met, or by how much it was missed. */
  goal(key: string, max: number, text: string): void {
    this.goals.set(key, { max, text });
  }

  /** The goals the figures missed, with by how much. */
  missed(): string[] {
    return [...this.goals].flatMap(([key, goal]) => {
      const figure = this.entries.get(key);
      return figure && figure.value > goal.max
        ? [
            `${figure.label}: ${figure.text}, goal ${goal.text}, missed by ${amount(figure.value - goal.max, figure.unit)}`,
          ]
        : [];
    });
  }

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
    this.add(key, label, bytes, 'bytes', amount(bytes, 'bytes'));
  }

  table(title: string): string {
    const rows = [...this.entries];
    const width = Math.max(20, ...rows.map(([, row]) => row.label.length)) + 2;
    const verdict = (key: string, row: Figure) => {
      const goal = this.goals.get(key);
      if (!goal) return '';
      return row.value <= goal.max
        ? `  [goal ${goal.text}: met]`
        : `  [goal ${goal.text}: MISSED by ${amount(row.value - goal.max, row.unit)}]`;
    };
    return [title, ...rows.map(([key, row]) => `  ${row.label.padEnd(width)} ${row.text}${verdict(key, row)}`)].join(
      '\n',
    );
  }

  toJSON(): Record<string, Figure> {
    return Object.fromEntries(this.entries);
  }

  /** Each goal with the figure measured against it, if this run measured one. */
  goalResults(): GoalResult[] {
    return [...this.goals].map(([key, goal]) => {
      const figure = this.entries.get(key);
      return {
        key,
        goal: goal.text,
        ...(figure
          ? {
              label: figure.label,
              result: figure.text,
              met: figure.value <= goal.max,
              by: amount(Math.abs(figure.value - goal.max), figure.unit),
            }
          : {}),
      };
    });
  }
}

export interface BenchReport {
  documents?: number;
  startedAt?: string;
  finishedAt: string;
  error?: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryMiB: number };
  figures: Figures | Record<string, Figure>;
  goals: GoalResult[];
  missedGoals: string[];
  [other: string]: unknown;
}

/** Writes the run's figures with what they depend on (machine, corpus) as JSON; returns the report. */
export const writeFiguresJson = async (
  file: string,
  run: Record<string, unknown>,
  figures: Figures,
): Promise<BenchReport> => {
  const cpus = os.cpus();
  const report: BenchReport = {
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
    goals: figures.goalResults(),
    missedGoals: figures.missed(),
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return report;
};
