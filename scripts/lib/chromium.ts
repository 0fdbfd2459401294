/** Finds and launches the machine's Chromium: playwright-core brings no browser of its own. */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { type Browser, chromium } from 'playwright-core';

const debianChromium = '/usr/bin/chromium';

// Tests and checks run offline on small shared machines: keep Chromium from calling home or using GPU/shm.
export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const isExecutable = async (file: string): Promise<boolean> => {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export const findChromium = async (): Promise<string> => {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (await isExecutable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is set to ${configured}, but there is no executable file there.`);
  }
  if (await isExecutable(debianChromium)) return debianChromium;
  throw new Error(
    `Chromium is missing: CHROMIUM_PATH is not set and ${debianChromium} does not exist. ` +
      "`npm test` installs Debian's chromium package when run as root; " +
      'on a laptop, set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
};

export const launchBrowser = async (): Promise<Browser> =>
  chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS, headless: true });
