import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (scripts/ensure-chromium.sh installs it), driven by playwright-core: nothing is
 * downloaded. Running as root needs --no-sandbox; the network flags stop Chromium calling home,
 * which a closed network refuses connection by connection.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
