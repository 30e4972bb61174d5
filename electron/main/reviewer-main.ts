// Electron main, reviewer workstation entry: the candidate's screens plus the reviewer area and grading.
import { startDesktopApp } from './desktop-app';

startDesktopApp({ flavor: 'reviewer', rendererFolder: 'renderer' });
