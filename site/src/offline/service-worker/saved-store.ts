/**
 * What a reader saved for offline reading: the scopes they asked for (a library, a document) and
 * the files of those scopes, each kept under its path and hash. A page of the release is served
 * from here only when this release's copy of it is saved, so a saved library is always one
 * release, whole: an update saves the changed files next to the old ones and the switch happens
 * when the new service worker takes over (prune then drops what the new release no longer uses).
 */
import type { OfflineStatus, SaveProblemKind, ScopeProgress } from '../messages.js';
import {
  savedKey,
  scopeFiles,
  scopeId,
  type OfflineLanguage,
  type OfflineRelease,
  type SaveScope,
} from '../offline-manifest.js';

const SAVED_CACHE = 'hub-saved';
const STATE_CACHE = 'hub-offline-state';
const CONCURRENCY = 4;

interface SavedState {
  scopes: Record<string, { scope: SaveScope; title: string; savedAt: string }>;
}

export class SaveProblem extends Error {
  constructor(
    readonly kind: SaveProblemKind,
    message: string,
  ) {
    super(message);
  }
}

const hashOf = async (bytes: ArrayBuffer): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
};

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

const contentTypeOf = (response: Response): string =>
  response.headers.get('Content-Type') ?? 'application/octet-stream';

/** Fetches one file of a release and checks it is that release's copy; throws a SaveProblem the page can explain. */
const fetchFile = async (file: { path: string; hash: string }): Promise<{ bytes: ArrayBuffer; type: string }> => {
  const response = await fetch(file.path, { cache: 'no-store' }).catch(() => undefined);
  if (!response) throw new SaveProblem('offline', `The connection dropped while saving ${file.path}.`);
  if (!response.ok) {
    throw new SaveProblem(
      response.status === 404 || response.status === 410 ? 'outdated' : 'offline',
      `${file.path} answered HTTP ${response.status}.`,
    );
  }
  const bytes = await response.arrayBuffer().catch(() => undefined);
  if (!bytes) throw new SaveProblem('offline', `The connection dropped while saving ${file.path}.`);
  // A publish between listing the files and fetching them: this copy belongs to a newer release.
  if ((await hashOf(bytes)) !== file.hash)
    throw new SaveProblem('outdated', `${file.path} has changed since this release: a newer one is out.`);
  return { bytes, type: contentTypeOf(response) };
};

interface SavedFile {
  path: string;
  hash: string;
  bytes: number;
  key: string;
}

export class SavedStore {
  private readonly stateUrl: string;
  private readonly languages = new Map<string, Promise<OfflineLanguage>>();
  private savedKeys: Promise<Set<string>> | undefined;
  /** By path: the saved copy to answer with, for this release. */
  private serving: Promise<Map<string, string>> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly release: OfflineRelease,
    private readonly origin: string,
  ) {
    this.stateUrl = `${origin}${release.base}_offline/saved-state`;
  }

  /** The saved copy of a URL in this release, when there is one. */
  async match(url: URL): Promise<Response | undefined> {
    this.serving ??= this.servingMap();
    const key = (await this.serving).get(url.pathname);
    return key ? (await caches.open(SAVED_CACHE)).match(key) : undefined;
  }

  async status(): Promise<OfflineStatus> {
    const state = await this.readState();
    const scopes = await Promise.all(Object.values(state.scopes).map((kept) => this.progressOf(kept.scope, kept)));
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    const persisted = (await navigator.storage?.persisted?.().catch(() => false)) ?? false;
    return {
      release: this.release.id,
      scopes,
      ...(estimate?.quota !== undefined
        ? { storage: { usage: estimate.usage ?? 0, quota: estimate.quota, persisted } }
        : {}),
    };
  }

  /** How much a scope needs and how much of it is saved, without saving anything. */
  plan(scope: SaveScope): Promise<ScopeProgress> {
    return this.progressOf(scope);
  }

  /** Keeps a scope and saves its files for up to budgetMs; call again until complete (that resumes after a dropped connection too). */
  save(scope: SaveScope, budgetMs: number): Promise<ScopeProgress> {
    return this.exclusive(async () => {
      const state = await this.readState();
      const id = scopeId(scope);
      const title = await this.titleOf(scope);
      if (title === undefined)
        throw new SaveProblem(
          'missing',
          `${scope.kind === 'document' ? scope.path : id} is not in this release: it may have been withdrawn. Reload the page.`,
        );
      const kept = { scope, title, savedAt: state.scopes[id]?.savedAt ?? new Date().toISOString() };
      if (JSON.stringify(state.scopes[id]) !== JSON.stringify(kept)) {
        state.scopes[id] = kept;
        await this.writeState(state);
      }
      try {
        await this.fill(scope, Date.now() + budgetMs);
      } catch (error) {
        if (error instanceof SaveProblem) return this.progressOf(scope, kept, error);
        throw error;
      }
      return this.progressOf(scope, kept);
    });
  }

  /** Forgets a scope and deletes the files nothing else saved needs; returns the paths of the scope. */
  remove(id: string): Promise<string[]> {
    return this.exclusive(async () => {
      const state = await this.readState();
      const removed = state.scopes[id];
      delete state.scopes[id];
      await this.writeState(state);
      await this.pruneTo(state);
      const kept = new Set<string>();
      for (const { scope } of Object.values(state.scopes))
        for (const file of await this.filesOf(scope).catch(() => [])) kept.add(file.path);
      return removed
        ? (await this.filesOf(removed.scope).catch(() => [])).map((file) => file.path).filter((path) => !kept.has(path))
        : [];
    });
  }

  /**
   * Saves what this release changed in everything the reader keeps: run while the new service
   * worker installs, so it takes over only once the whole saved library is at this release.
   * A dropped connection or a newer release fails the install, and the browser tries again later;
   * a full disk leaves the scope incomplete, which its page then says.
   */
  refresh(): Promise<void> {
    return this.exclusive(async () => {
      const state = await this.readState();
      for (const { scope } of Object.values(state.scopes)) {
        try {
          await this.fill(scope);
        } catch (error) {
          if (!(error instanceof SaveProblem) || error.kind === 'offline' || error.kind === 'outdated') throw error;
        }
      }
    });
  }

  /** Deletes saved copies this release does not use. */
  prune(): Promise<void> {
    return this.exclusive(async () => this.pruneTo(await this.readState()));
  }

  /** Changes to what is saved happen one at a time. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private keys(): Promise<Set<string>> {
    return (this.savedKeys ??= caches
      .open(SAVED_CACHE)
      .then(async (cache) => new Set((await cache.keys()).map((request) => request.url))));
  }

  private language(locale: string): Promise<OfflineLanguage> {
    const url = this.release.languages[locale];
    if (!url) return Promise.reject(new SaveProblem('missing', `This release has no library in "${locale}".`));
    let loaded = this.languages.get(locale);
    if (!loaded) {
      loaded = this.loadLanguage(url);
      loaded.catch(() => this.languages.delete(locale));
      this.languages.set(locale, loaded);
    }
    return loaded;
  }

  private async loadLanguage(url: string): Promise<OfflineLanguage> {
    const cache = await caches.open(SAVED_CACHE);
    const saved = await cache.match(url);
    if (saved) return (await saved.json()) as OfflineLanguage;
    const response = await fetch(url).catch(() => undefined);
    if (!response?.ok) throw new SaveProblem('offline', `The list of files to save (${url}) could not be downloaded.`);
    await cache.put(url, response.clone());
    (await this.keys()).add(new URL(url, this.origin).href);
    return (await response.json()) as OfflineLanguage;
  }

  private async readState(): Promise<SavedState> {
    const saved = await (await caches.open(STATE_CACHE)).match(this.stateUrl);
    return saved ? ((await saved.json()) as SavedState) : { scopes: {} };
  }

  private async writeState(state: SavedState): Promise<void> {
    await (
      await caches.open(STATE_CACHE)
    ).put(this.stateUrl, new Response(JSON.stringify(state), { headers: { 'Content-Type': 'application/json' } }));
    this.serving = undefined;
  }

  private async servingMap(): Promise<Map<string, string>> {
    const state = await this.readState();
    const have = await this.keys();
    const byPath = new Map<string, string>();
    for (const { scope } of Object.values(state.scopes)) {
      const lang = await this.language(scope.locale).catch(() => undefined);
      if (!lang) continue;
      for (const path of scopeFiles(lang, scope)) {
        const key = savedKey(this.origin, path, lang.files[path]![0]);
        if (have.has(key)) byPath.set(path, key);
      }
      for (const [alias, path] of Object.entries(lang.aliases)) {
        const key = byPath.get(path);
        if (key && !byPath.has(alias)) byPath.set(alias, key);
      }
    }
    return byPath;
  }

  private async filesOf(scope: SaveScope): Promise<SavedFile[]> {
    const lang = await this.language(scope.locale);
    return scopeFiles(lang, scope).map((path) => {
      const [hash, bytes] = lang.files[path]!;
      return { path, hash, bytes, key: savedKey(this.origin, path, hash) };
    });
  }

  /** A document's title in this release; undefined once it is withdrawn. */
  private async titleOf(scope: SaveScope): Promise<string | undefined> {
    return scope.kind === 'library' ? '' : (await this.language(scope.locale)).documents[scope.path]?.title;
  }

  private async progressOf(
    scope: SaveScope,
    kept?: { title: string; savedAt: string },
    problem?: SaveProblem,
  ): Promise<ScopeProgress> {
    const files = await this.filesOf(scope);
    const have = await this.keys();
    const saved = files.filter((file) => have.has(file.key));
    const title = await this.titleOf(scope);
    problem ??=
      title === undefined
        ? new SaveProblem('missing', `${kept?.title ?? scopeId(scope)} is no longer in the library.`)
        : undefined;
    return {
      id: scopeId(scope),
      scope,
      title: title ?? kept?.title ?? '',
      files: files.length,
      filesSaved: saved.length,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      bytesSaved: saved.reduce((sum, file) => sum + file.bytes, 0),
      complete: files.length > 0 && saved.length === files.length,
      ...(kept ? { savedAt: kept.savedAt } : {}),
      ...(problem ? { problem: { kind: problem.kind, detail: problem.message } } : {}),
    };
  }

  private async download(cache: Cache, file: SavedFile): Promise<void> {
    const { bytes, type } = await fetchFile(file);
    try {
      await cache.put(file.key, new Response(bytes, { headers: { 'Content-Type': type } }));
    } catch (error) {
      if (isQuotaError(error)) throw new SaveProblem('quota', `The browser refused space for ${file.path}.`);
      throw error;
    }
    (await this.keys()).add(file.key);
    this.serving = undefined;
  }

  /** Fetches the files not saved yet, a few at a time, until done or the time is up; the first problem stops it. */
  private async fill(scope: SaveScope, deadline = Infinity): Promise<void> {
    const have = await this.keys();
    const missing = (await this.filesOf(scope)).filter((file) => !have.has(file.key));
    const cache = await caches.open(SAVED_CACHE);
    let next = 0;
    let failure: unknown;
    const worker = async () => {
      while (failure === undefined && next < missing.length && Date.now() < deadline) {
        const file = missing[next++]!;
        await this.download(cache, file).catch((error: unknown) => {
          failure ??= error;
        });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (failure !== undefined) throw failure;
  }

  /** Every saved key a set of scopes needs, and the language lists they come from. */
  private async neededKeys(state: SavedState): Promise<Set<string>> {
    const needed = new Set<string>();
    for (const { scope } of Object.values(state.scopes)) {
      needed.add(new URL(this.release.languages[scope.locale] ?? '', this.origin).href);
      for (const file of await this.filesOf(scope).catch(() => [])) needed.add(file.key);
    }
    return needed;
  }

  private async pruneTo(state: SavedState): Promise<void> {
    const needed = await this.neededKeys(state);
    const cache = await caches.open(SAVED_CACHE);
    const have = await this.keys();
    for (const key of [...have]) {
      if (needed.has(key)) continue;
      await cache.delete(key);
      have.delete(key);
    }
    this.serving = undefined;
  }
}
