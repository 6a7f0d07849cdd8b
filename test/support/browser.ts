import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { gatewayUrl } from './gateway-client';

/** Debian's Chromium (scripts/ensure-chromium.sh installs it); nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Running as root needs --no-sandbox; the network flags stop Chromium calling home on a closed network.
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

/** The web app is served by the gateway, at its origin. */
export function webAppUrl(path = ''): string {
  return `${new URL(gatewayUrl()).origin}/${path}`;
}

export const SCREENSHOT_DIRECTORY = join(__dirname, '..', '..', 'docs', 'screenshots');

/** Saves a screenshot that the README links to. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIRECTORY, `${name}.png`), fullPage: true });
}

/** Logs in through the login form, as a person would. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(webAppUrl());
  await page.getByLabel(/Correo electrónico|E-mail/).fill(email);
  await page.getByLabel(/Contraseña|Password/).fill(password);
  await page.getByRole('button', { name: /Entrar|Log in/ }).click();
}
