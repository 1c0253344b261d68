"""The fedsh kernel: one `fedsh --serve` subprocess, one JSON request per cell (docs/JUPYTER.md)."""

import json
import os
import shutil
import signal
import subprocess

from ipykernel.kernelbase import Kernel

from . import __version__


class FedshStopped(Exception):
    """fedsh ended or answered out of protocol; the kernel has to be restarted."""


class FedshProcess:
    """`fedsh --serve` on pipes: requests written as JSON lines, answers read as JSON lines."""

    def __init__(self, binary, log):
        self.log = log
        self.next_id = 0
        environment = dict(os.environ)
        environment.setdefault("LANG", "C.UTF-8")
        environment.pop("FORCE_COLOR", None)
        self.process = subprocess.Popen(
            [binary, "--serve", "--no-history"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=None, env=environment, text=True, encoding="utf-8", bufsize=1)
        self.ready = self._read()
        if self.ready.get("type") != "ready":
            raise FedshStopped("fedsh did not start its protocol: %r" % self.ready)

    def request(self, **fields):
        """Sends a request and returns its answer (other lines, such as interrupt receipts, are skipped)."""
        self.next_id += 1
        fields["id"] = self.next_id
        self._send(fields)
        while True:
            try:
                answer = self._read()
            except KeyboardInterrupt:
                # Interrupt: SIGINT to the process group has reached fedsh too; the message makes sure.
                self.interrupt()
                continue
            if answer.get("id") == fields["id"] and answer.get("type") != "interrupt":
                return answer
            if answer.get("type") == "error":
                self.log.warning("fedsh: %s", answer.get("message"))

    def interrupt(self):
        """Cancels the running request; the session lives on."""
        try:
            self._send({"type": "interrupt"})
        except FedshStopped:
            pass

    def stop(self):
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()

    def _send(self, message):
        try:
            self.process.stdin.write(json.dumps(message) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError) as error:
            raise FedshStopped("fedsh is not running (%s)" % error) from None

    def _read(self):
        line = self.process.stdout.readline()
        if not line:
            status = self.process.wait()
            raise FedshStopped("fedsh stopped (exit status %s)" % status)
        return json.loads(line)


def find_fedsh():
    """`FEDSH_BINARY`, else `fedsh` on PATH."""
    binary = os.environ.get("FEDSH_BINARY") or shutil.which("fedsh")
    if not binary:
        raise FedshStopped("no fedsh binary: put fedsh on PATH (scripts/install) or set FEDSH_BINARY")
    return binary


class FedshKernel(Kernel):
    implementation = "fedsh"
    implementation_version = __version__
    language = "fedsh"
    language_version = "0.1"
    language_info = {
        "name": "fedsh",
        "mimetype": "text/x-fedsh",
        "file_extension": ".fed",
        "pygments_lexer": "text",
    }
    banner = "fedsh: a scenario shell for the Fed's December 2025 liquidity decisions"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.fedsh = None
        self.startup_errors = []

    def _session(self):
        if self.fedsh is None:
            self.fedsh = FedshProcess(find_fedsh(), self.log)
            self.language_version = self.fedsh.ready.get("version", self.language_version)
            self.startup_errors = self.fedsh.ready.get("startupErrors", [])
        return self.fedsh

    def do_execute(self, code, silent, store_history=True, user_expressions=None, allow_stdin=False,
                   *, cell_meta=None, cell_id=None):
        try:
            fedsh = self._session()
            outputs = [("startup", item) for item in self.startup_errors]
            self.startup_errors = []
            answer = fedsh.request(type="run", cell=self.execution_count, source=code)
        except FedshStopped as error:
            self.fedsh = None
            return self._fail("fedsh stopped", str(error) + "; the next cell starts a fresh session", silent)
        outputs += [("cell", item) for item in answer.get("outputs", [])]
        first_error = None
        for origin, item in outputs:
            if silent:
                break
            kind = item.get("kind")
            if kind == "text":
                self.send_response(self.iopub_socket, "stream", {"name": "stdout", "text": item["text"]})
            elif kind == "chart":
                self.send_response(self.iopub_socket, "display_data", {
                    "data": {"image/svg+xml": item["svg"], "text/plain": item.get("title", "chart")},
                    "metadata": {}})
            elif kind == "error":
                error = item.get("error") or {}
                if error.get("severity", "error") == "error" and origin == "cell":
                    first_error = first_error or (error, item["text"])
                    self.send_response(self.iopub_socket, "error", {
                        "ename": "fedsh error", "evalue": self._summary(error), "traceback": [item["text"]]})
                else:
                    self.send_response(self.iopub_socket, "stream", {"name": "stderr", "text": item["text"]})
        if answer.get("interrupted"):
            return {"status": "error", "execution_count": self.execution_count, "ename": "KeyboardInterrupt",
                    "evalue": "cancelled; the session is kept", "traceback": []}
        if not answer.get("ok", False):
            error, text = first_error or ({"message": "the cell failed"}, "")
            return {"status": "error", "execution_count": self.execution_count, "ename": "fedsh error",
                    "evalue": self._summary(error), "traceback": [text]}
        return {"status": "ok", "execution_count": self.execution_count, "payload": [], "user_expressions": {}}

    def do_complete(self, code, cursor_pos):
        try:
            answer = self._session().request(type="complete", source=code, cursor=cursor_pos)
        except FedshStopped:
            self.fedsh = None
            return {"status": "ok", "matches": [], "cursor_start": cursor_pos, "cursor_end": cursor_pos,
                    "metadata": {}}
        return {"status": "ok", "matches": answer.get("matches", []), "cursor_start": answer.get("cursorStart", cursor_pos),
                "cursor_end": answer.get("cursorEnd", cursor_pos), "metadata": {}}

    def do_shutdown(self, restart):
        if self.fedsh is not None:
            self.fedsh.stop()
            self.fedsh = None
        return {"status": "ok", "restart": restart}

    @staticmethod
    def _summary(error):
        location = error.get("location")
        return (location + ": " if location else "") + error.get("message", "error")

    def _fail(self, name, message, silent):
        if not silent:
            self.send_response(self.iopub_socket, "error", {"ename": name, "evalue": message, "traceback": [message]})
        return {"status": "error", "execution_count": self.execution_count, "ename": name, "evalue": message,
                "traceback": [message]}
