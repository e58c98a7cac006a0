import { defineConfig, devices } from '@playwright/test';

// Its own port, so a preview server the developer left running does not get in the way;
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4319);

/**
 * End-to-end tests against the production build (`npm run build` first), served by
 * `vite preview`, in Debian's Chromium (npm cannot download browsers here).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // The machine has no network: keep Chromium from trying to reach Google's services.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --configLoader runner --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
