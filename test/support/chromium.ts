// Whether the browser tests can run: Debian's Chromium (or CHROMIUM_PATH). CI sets
// NDWASM_REQUIRE_BROWSER, and then a missing Chromium is an error, not a skip.
import { existsSync } from "node:fs";
import { CHROMIUM } from "../../scripts/web-browser.mjs";

export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.NDWASM_REQUIRE_BROWSER) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  console.warn(`${suite} skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return false;
}
