import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '@coordination/testing';
import { log } from '../support/logger';
import { percentile, processUsage, type FiguresResult } from '../support/measurements';
import type { FigureRow } from '../support/report';
import type { BenchPlatform, BenchSettings } from '../support/settings';
import { loadNote } from '../support/timing';

export const WEB_FIRST_LOAD = 'web-first-load';
export const WEB_STATIC_FETCH = 'web-static-fetch';

const LOADS = 30;
const WARM_UP = 3;
const WEB_ROOT = path.resolve(__dirname, '..', '..', 'web');

interface PageTiming {
  interactive: number;
  domContentLoaded: number;
  load: number;
  bytes: number;
}

// Runs in the page (a string: this file is compiled without the DOM's types).
const PAGE_TIMING = `(() => {
  const [navigation] = performance.getEntriesByType('navigation');
  const resources = performance.getEntriesByType('resource');
  const [firstScreen] = performance.getEntriesByName('coordination:first-screen', 'mark');
  return {
    interactive: firstScreen ? firstScreen.startTime : Number.NaN,
    domContentLoaded: navigation.domContentLoadedEventEnd,
    load: navigation.loadEventEnd,
    bytes: navigation.transferSize + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
  };
})()`;

function platformOf(settings: BenchSettings): BenchPlatform {
  if (!settings.platform) throw new Error('no platform stack: the runner starts it for this benchmark');
  return settings.platform;
}

function originOf(platform: BenchPlatform): string {
  return new URL(platform.gatewayUrl).origin;
}

/** Bytes of the production bundle as served, and gzip-compressed (what a proxy in front would send). */
function bundleSizes(): Record<string, number> {
  // The page's own code and styles; the boundary GeoJSON is fetched only by the map page.
  const assets = readdirSync(path.join(WEB_ROOT, 'assets')).filter((name) => /\.(js|css)$/.test(name));
  const files = ['index.html', ...assets.map((name) => path.join('assets', name))];
  const sizes = { jsBytes: 0, jsGzipBytes: 0, cssBytes: 0, cssGzipBytes: 0, totalBytes: 0, totalGzipBytes: 0 };
  for (const file of files) {
    const content = readFileSync(path.join(WEB_ROOT, file));
    const gzipped = gzipSync(content, { level: 9 }).length;
    if (file.endsWith('.js')) {
      sizes.jsBytes += content.length;
      sizes.jsGzipBytes += gzipped;
    } else if (file.endsWith('.css')) {
      sizes.cssBytes += content.length;
      sizes.cssGzipBytes += gzipped;
    }
    sizes.totalBytes += content.length;
    sizes.totalGzipBytes += gzipped;
  }
  return sizes;
}

function summary(prefix: string, values: number[]): Record<string, number> {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    [`${prefix}P50`]: percentile(sorted, 50),
    [`${prefix}P95`]: percentile(sorted, 95),
    [`${prefix}Max`]: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * Each load in a fresh browser context (empty cache, no session): from navigation start to the app's
 * first-screen mark (set by apps/web once the login form has rendered: script fetched, parsed, run,
 * rendered), as Chromium's own clock measures it; DOMContentLoaded and load beside it. The driver's
 * own round trips are not counted.
 */
export async function runWebFirstLoad(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const origin = originOf(platformOf(settings));
  const notes = [loadNote('at the start')];
  const browser = await launchChromium();
  const interactive: number[] = [];
  const domContentLoaded: number[] = [];
  const loaded: number[] = [];
  let transferred = 0;
  try {
    for (let i = 0; i < WARM_UP + LOADS; i++) {
      if (aborted()) throw new Error('aborted');
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForSelector('form[aria-labelledby="login-heading"] input[name="email"]:enabled');
      const timing = await page.evaluate<PageTiming>(PAGE_TIMING);
      await context.close();
      if (i < WARM_UP) continue;
      interactive.push(timing.interactive);
      domContentLoaded.push(timing.domContentLoaded);
      loaded.push(timing.load);
      transferred = timing.bytes;
    }
  } finally {
    await browser.close();
  }
  log(`${WEB_FIRST_LOAD}: ${LOADS} loads`);
  notes.push(loadNote('at the end'));
  return {
    caseName: WEB_FIRST_LOAD,
    complete: true,
    figures: {
      loads: interactive.length,
      ...summary('ready', interactive),
      ...summary('domContentLoaded', domContentLoaded),
      ...summary('load', loaded),
      transferredBytes: transferred,
      ...bundleSizes(),
    },
    ...processUsage(),
    checks: [`${LOADS} loads in fresh contexts reached an enabled login form`],
    notes,
  };
}

/** The same files fetched over loopback by Node, one after the other: what the network part costs. */
export async function runWebStaticFetch(settings: BenchSettings, aborted: () => boolean): Promise<FiguresResult> {
  const origin = originOf(platformOf(settings));
  const notes = [loadNote('at the start')];
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + LOADS; i++) {
    if (aborted()) throw new Error('aborted');
    const start = performance.now();
    const html = await (await fetch(`${origin}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    if (assets.length === 0) throw new Error('index.html names no assets');
    for (const asset of assets) {
      const response = await fetch(`${origin}${asset}`);
      if (!response.ok) throw new Error(`${asset}: HTTP ${response.status}`);
      await response.arrayBuffer();
    }
    if (i >= WARM_UP) times.push(performance.now() - start);
  }
  notes.push(loadNote('at the end'));
  return {
    caseName: WEB_STATIC_FETCH,
    complete: true,
    figures: { loads: times.length, ...summary('ready', times), ...bundleSizes() },
    ...processUsage(),
    checks: [`${LOADS} fetches of index.html and every asset it names, all HTTP 200`],
    notes,
  };
}

const ms = (label: string, key: string): FigureRow => ({ label, value: (r) => r.figures[key] ?? null, digits: 1 });
const bytes = (label: string, key: string): FigureRow => ({
  label,
  value: (r) => r.figures[key] ?? null,
  digits: 0,
  compare: false,
});

export const WEB_FIRST_LOAD_ROWS: FigureRow[] = [
  { label: 'loads timed', value: (r) => r.figures.loads ?? null, digits: 0, compare: false },
  ms('ready for input / files fetched p50 (ms)', 'readyP50'),
  ms('ready for input / files fetched p95 (ms)', 'readyP95'),
  ms('ready for input / files fetched max (ms)', 'readyMax'),
  ms('DOMContentLoaded p50 (ms)', 'domContentLoadedP50'),
  ms('load event p50 (ms)', 'loadP50'),
  bytes('bytes transferred per load', 'transferredBytes'),
  bytes('JavaScript (bytes)', 'jsBytes'),
  bytes('JavaScript gzip -9 (bytes)', 'jsGzipBytes'),
  bytes('CSS (bytes)', 'cssBytes'),
  bytes('HTML + JS + CSS (bytes)', 'totalBytes'),
  bytes('HTML + JS + CSS gzip -9 (bytes)', 'totalGzipBytes'),
];

export function describeWebFirstLoad(): string {
  return (
    `The gateway of the bench stack serves the production bundle (dist/web, built by \`npm run build\`) over ` +
    `loopback. Subject: ${LOADS} page loads (after ${WARM_UP} untimed) in Debian's Chromium (headless, ` +
    `playwright-core), each in a fresh browser context (empty cache, no session): time from navigation start to ` +
    `the app's first-screen User Timing mark, set once the login form has rendered (Chromium's clock, the driver's ` +
    `round trips left out), with DOMContentLoaded and ` +
    `the load event. Baseline: Node's fetch of index.html and every asset it names, one after the other, as many ` +
    `times: the transfer alone, no parsing or rendering. Bundle sizes are read from dist/web (no compression is ` +
    `configured at the gateway; the gzip figures show what a compressing proxy would send).`
  );
}
