// Renderer (Pyodide worker): Python that streams what the candidate's code prints to the page as it is printed, so
// output before a stop (or a worker that had to be terminated) is already on screen. The shared harness
// (exercises/python/py/harness.py) captures output with contextlib.redirect_stdout/stderr; this wraps the target of
// every such redirect in a tee that also hands each write to `_dpe_stream_sink` (a JS function the worker sets).
// The harness's own capture, and so the JSON report and grading, are unchanged.

/** Past this many streamed characters per stream and run, output is still captured but no longer streamed. */
export const STREAM_CAP_CHARS = 200_000;

export const STREAM_OUTPUT_PY = `
import contextlib as _dpe_contextlib

class _DpeTee:
    def __init__(self, target, stream):
        self._dpe_target, self._dpe_stream, self._dpe_left = target, stream, ${STREAM_CAP_CHARS}

    def write(self, s):
        n = self._dpe_target.write(s)
        if s and self._dpe_left > 0:
            piece = str(s)[:self._dpe_left]
            self._dpe_left -= len(piece)
            _dpe_stream_sink(self._dpe_stream, piece)
        return n

    def __getattr__(self, name):
        return getattr(self._dpe_target, name)

class _DpeStreamOut(_dpe_contextlib.redirect_stdout):
    def __init__(self, target):
        super().__init__(_DpeTee(target, "stdout"))

class _DpeStreamErr(_dpe_contextlib.redirect_stderr):
    def __init__(self, target):
        super().__init__(_DpeTee(target, "stderr"))

_dpe_contextlib.redirect_stdout = _DpeStreamOut
_dpe_contextlib.redirect_stderr = _DpeStreamErr
`;
