import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { gatewayUrl } from './gateway-client';

export { launchChromium } from '@coordination/testing';

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
