// Unit test (Node, a real Pyodide): the worker's output tee streams what the candidate's code prints, in order and
// before the run ends, while the harness's JSON report (what grading and the screen's final console read) is unchanged.
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModuleRunCode } from '../../../../exercises/python/python-harness';
import { parsePythonRunReport } from '../../../../exercises/python/test-report';
import { STREAM_OUTPUT_PY } from './stream-output';

let py: PyodideAPI;
let streamed: { stream: string; text: string }[] = [];

function runModule(source: string): ReturnType<typeof parsePythonRunReport> {
  streamed = [];
  py.runPython(`import os\nos.makedirs('/ws', exist_ok=True)\nopen('/ws/ingest.py', 'w').write(${JSON.stringify(source)})`);
  return parsePythonRunReport(py.runPython(buildModuleRunCode({ root: '/ws' })) as string);
}

beforeAll(async () => {
  py = await loadPyodide({ stdout: () => undefined, stderr: () => undefined });
  py.globals.set('_dpe_stream_sink', (stream: string, text: string) => streamed.push({ stream, text }));
  py.runPython(STREAM_OUTPUT_PY);
}, 120_000);

describe('streamed Python output', () => {
  it('hands each write to the page as it happens, stdout and stderr apart, and the report still has all of it', () => {
    const report = runModule('import sys\nprint("rows read: 3")\nprint("bad row 7", file=sys.stderr)\nprint("done")\n');
    expect(streamed.map((c) => c.stream + ':' + c.text).join('')).toBe('stdout:rows read: 3stdout:\nstderr:bad row 7stderr:\nstdout:donestdout:\n');
    expect(report.status).toBe('ok');
    expect(report.stdout).toBe('rows read: 3\ndone\n');
    expect(report.stderr).toBe('bad row 7\n');
  });

  it('what was printed before an exception is streamed, and logging to stderr is streamed too', () => {
    const report = runModule('import logging\nlogging.basicConfig(level=logging.INFO)\nprint("before")\nlogging.warning("careful")\nraise ValueError("boom")\n');
    const text = streamed.map((c) => c.text).join('');
    expect(text).toContain('before');
    expect(text).toContain('careful');
    expect(report.status).toBe('error');
    expect(report.error?.message).toContain('ValueError: boom');
  });
});
