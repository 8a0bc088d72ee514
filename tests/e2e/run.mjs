// Browser tests: find a Chromium, build the app, then run tests/e2e/*.e2e.ts with Vitest
// against the production build (served by the global setup).
import { spawnSync } from 'node:child_process'
import { findChromium } from './findChromium.mjs'

const chromium = findChromium()
if (!chromium) {
  const line = `Browser tests skipped: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`
  if (process.env.CI === 'true') {
    console.error(`FAIL: ${line} (CI=true: a missing browser is a failure)`)
    process.exit(1)
  }
  console.log(line)
  process.exit(0)
}

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

// The three builds the tests open: dist/ (served at the root), dist-base/ (served under a
// sub-path) and dist-single/index.html (opened from file://). Each takes a few seconds.
if (process.env.E2E_SKIP_BUILD !== '1') {
  run('npx', ['vite', 'build', '--logLevel', 'warn'])
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--base=/tools/tariffs/', '--outDir', 'dist-base'])
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--mode', 'single'])
}
run('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium })
