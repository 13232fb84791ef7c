import { existsSync } from 'node:fs';

/** The system's Chromium (Debian's), unless CHROME_PATH names another; else none found. */
export function systemChromium(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for every Chromium the project starts: end-to-end tests and Lighthouse alike. */
export const CHROMIUM_FLAGS = [
  // Runs as root in CI, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  // The machine's network is closed: nothing may phone home or wait on a connection.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
