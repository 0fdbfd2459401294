/** The strings a save control needs in the browser, in the page's language. */
import type { Translate, UiKey } from '../i18n/strings.js';

const KEYS = [
  'resumeSaving',
  'saving',
  'savedForOffline',
  'savePausedOffline',
  'saveRefusedQuota',
  'saveOutdated',
  'saveMissing',
  'saveFailed',
] as const satisfies UiKey[];

export const saveStrings = (t: Translate, ...extra: UiKey[]): string =>
  JSON.stringify(Object.fromEntries([...KEYS, ...extra].map((key) => [key, t(key)])));
