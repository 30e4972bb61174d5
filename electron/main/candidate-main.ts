// Electron main, candidate kit entry: the candidate's screens only; no grading code is bundled (see build-electron.mjs).
import { startDesktopApp } from './desktop-app';

startDesktopApp({ flavor: 'candidate', rendererFolder: 'renderer-candidate' });
