// Electron preload (sandboxed): exposes exactly the HostApi, one method per message, and the desktop shell's actions.
import { contextBridge, ipcRenderer } from 'electron';
import { desktopShellSpec, type DesktopShell } from '../../contract/desktop-shell';
import { hostApiSpec as s, type HostBridge } from '../../contract/host-api';

const bridge = {
  getAppInfo: (input) => ipcRenderer.invoke(s.getAppInfo.channel, input),
  getActiveSession: (input) => ipcRenderer.invoke(s.getActiveSession.channel, input),
  getPendingPlan: (input) => ipcRenderer.invoke(s.getPendingPlan.channel, input),
  openPlanFile: (input) => ipcRenderer.invoke(s.openPlanFile.channel, input),
  startSession: (input) => ipcRenderer.invoke(s.startSession.channel, input),
  saveProgress: (input) => ipcRenderer.invoke(s.saveProgress.channel, input),
  submitSession: (input) => ipcRenderer.invoke(s.submitSession.channel, input),
  exportSession: (input) => ipcRenderer.invoke(s.exportSession.channel, input),
  prReviewAuthorReplies: (input) => ipcRenderer.invoke(s.prReviewAuthorReplies.channel, input),
  getReviewerStatus: (input) => ipcRenderer.invoke(s.getReviewerStatus.channel, input),
  unlockReviewer: (input) => ipcRenderer.invoke(s.unlockReviewer.channel, input),
  lockReviewer: (input) => ipcRenderer.invoke(s.lockReviewer.channel, input),
  listSessions: (input) => ipcRenderer.invoke(s.listSessions.channel, input),
  importSessionBegin: (input) => ipcRenderer.invoke(s.importSessionBegin.channel, input),
  importSessionChunk: (input) => ipcRenderer.invoke(s.importSessionChunk.channel, input),
  importSession: (input) => ipcRenderer.invoke(s.importSession.channel, input),
  getSessionForReview: (input) => ipcRenderer.invoke(s.getSessionForReview.channel, input),
  gradeSession: (input) => ipcRenderer.invoke(s.gradeSession.channel, input),
  applyReviewAction: (input) => ipcRenderer.invoke(s.applyReviewAction.channel, input),
  getCandidateFeedback: (input) => ipcRenderer.invoke(s.getCandidateFeedback.channel, input),
  preparePlan: (input) => ipcRenderer.invoke(s.preparePlan.channel, input),
  addReviewer: (input) => ipcRenderer.invoke(s.addReviewer.channel, input),
  listReviewers: (input) => ipcRenderer.invoke(s.listReviewers.channel, input),
  submitReview: (input) => ipcRenderer.invoke(s.submitReview.channel, input),
  getPanel: (input) => ipcRenderer.invoke(s.getPanel.channel, input),
  recordDecision: (input) => ipcRenderer.invoke(s.recordDecision.channel, input),
  exportReviewFiles: (input) => ipcRenderer.invoke(s.exportReviewFiles.channel, input),
  importReviewFiles: (input) => ipcRenderer.invoke(s.importReviewFiles.channel, input),
  resolveReviewConflict: (input) => ipcRenderer.invoke(s.resolveReviewConflict.channel, input),
} satisfies HostBridge;

contextBridge.exposeInMainWorld('hostBridge', bridge);

// Desktop-only actions on the window itself (contract/desktop-shell.ts); the candidate kit's main refuses them.
const desktopShell = {
  saveScorecardPdf: (input) => ipcRenderer.invoke(desktopShellSpec.saveScorecardPdf.channel, input),
} satisfies DesktopShell;
contextBridge.exposeInMainWorld('desktopShell', desktopShell);
