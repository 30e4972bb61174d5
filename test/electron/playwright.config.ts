// Electron end-to-end tests: the packaged window itself. They need an Electron binary; elsewhere they say why they skip.
import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with `npm start`
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

if (!findElectronBinary()) {
  console.log(
    'Electron suite skipped: no Electron binary in node_modules/electron/dist (this machine cannot download it). ' +
      'Install one (npx install-electron) or set ELECTRON_OVERRIDE_DIST_PATH to run it. ' +
      'What does not need the binary is checked anyway: the wiring by electron/main/*.test.ts, the packed flavours by scripts/check-packaging.ts.',
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
