// Types for web-browser.mjs (the browser tests import it from TypeScript).
import type { Browser } from "playwright-core";

export const CHROMIUM: string;
export function serveStatic(dir: string, options?: { prefix?: string; gzip?: boolean; headers?: Record<string, string> }): Promise<{ url: string; close(): Promise<void> }>;
export function launchChromium(): Promise<Browser>;
