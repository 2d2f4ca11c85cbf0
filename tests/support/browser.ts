import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium with a fake camera and microphone; the flags are what WebRTC on loopback needs.
 * `extraArgs` adds flags, such as `--use-file-for-fake-audio-capture=<wav>` for a microphone that speaks.
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHORUS_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      // Without it Chromium gathers no candidates in a loopback-only namespace.
      '--allow-loopback-in-peer-connection',
      ...extraArgs,
    ],
  });
}

/** Keeps a page's console errors and crashes, to explain a failure. */
export function recordProblems(page: Page, label: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`[${label}] console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`[${label}] page error: ${error.message}`));
  page.on('crash', () => problems.push(`[${label}] page crashed`));
  return problems;
}
