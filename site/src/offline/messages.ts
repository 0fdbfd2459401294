/**
 * What pages ask the service worker and what it answers (workbox-window's messageSW carries them
 * over a MessageChannel). Sizes are bytes as saved, before any compression on the wire.
 */
import type { SaveScope } from './offline-manifest.js';

export type OfflineRequest =
  | { type: 'status' }
  | { type: 'plan'; scope: SaveScope }
  | { type: 'save'; scope: SaveScope }
  | { type: 'remove'; id: string }
  /** Pages and files a reader opened before the service worker ran: kept like the ones opened after. */
  | { type: 'visit'; urls: string[] };

/** Why saving stopped short. */
export type SaveProblemKind = 'offline' | 'quota' | 'outdated' | 'missing';

export interface ScopeProgress {
  id: string;
  scope: SaveScope;
  title: string;
  files: number;
  filesSaved: number;
  bytes: number;
  bytesSaved: number;
  /** Every file is saved, as this release has it. */
  complete: boolean;
  /** Set when the reader asked to keep it (a plan for something not kept has none). */
  savedAt?: string;
  problem?: { kind: SaveProblemKind; detail: string };
}

export interface OfflineStatus {
  release: string;
  scopes: ScopeProgress[];
  /** What the browser reports for this site, when it does. */
  storage?: { usage: number; quota: number; persisted: boolean };
}

export type OfflineReply =
  { ok: true; status?: OfflineStatus; progress?: ScopeProgress } | { ok: false; error: string };
