"""The fedsh kernel through Jupyter's own clients: the lesson notebooks run headless (nbclient) and
their outputs are checked; errors, interrupt and completion go through a kernel client.

FEDSH_BINARY names the fedsh to test (scripts/test passes the debug build)."""

import glob
import os
import queue
import sys
import time

import nbformat
import pytest
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient

JUPYTER = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(JUPYTER)
NOTEBOOKS = sorted(glob.glob(os.path.join(ROOT, "lessons", "notebooks", "*.ipynb")))
sys.path.insert(0, JUPYTER)
from fedsh_kernel import install  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def kernelspec(tmp_path_factory):
    """The kernelspec in a temporary Jupyter path, the kernel package importable, no user startup file."""
    folder = tmp_path_factory.mktemp("jupyter")
    install.install(prefix=str(folder))
    binary = os.environ.get("FEDSH_BINARY") or os.path.join(ROOT, ".build", "debug", "fedsh")
    assert os.access(binary, os.X_OK), "no fedsh binary at " + binary
    os.environ.update({
        "JUPYTER_PATH": str(folder / "share" / "jupyter"),
        "PYTHONPATH": JUPYTER + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "FEDSH_BINARY": binary,
        "XDG_CONFIG_HOME": str(tmp_path_factory.mktemp("config")),
        "FEDSH_HISTORY": "/dev/null",
        "NO_COLOR": "1",
    })


def texts(cell, name="stdout"):
    return "".join(output.get("text", "") for output in cell.outputs
                   if output.output_type == "stream" and output.name == name)


def test_one_notebook_per_lesson():
    lessons = glob.glob(os.path.join(ROOT, "lessons", "[0-9]*.fed"))
    assert len(NOTEBOOKS) == len(lessons) > 0


@pytest.mark.parametrize("path", NOTEBOOKS, ids=os.path.basename)
def test_lesson_notebook_runs_headless_with_text_and_an_svg_chart(path, tmp_path):
    book = nbformat.read(path, as_version=4)
    NotebookClient(book, kernel_name="fedsh", timeout=300, resources={"metadata": {"path": str(tmp_path)}}).execute()
    code = [cell for cell in book.cells if cell.cell_type == "code"]
    assert code, path
    charts = 0
    for cell in code:
        assert cell.execution_count, cell.source
        assert not [output for output in cell.outputs if output.output_type == "error"], cell.source
        expect = cell.metadata.get("fedsh", {})
        for text in expect.get("expect", []):
            assert text in texts(cell), (cell.source, texts(cell)[:400])
        assert "\x1b[" not in texts(cell), "escape codes in a notebook: " + cell.source
        svgs = [output.data["image/svg+xml"] for output in cell.outputs
                if output.output_type == "display_data" and "image/svg+xml" in output.data]
        if expect.get("chart"):
            assert len(svgs) == 1, cell.source
            assert svgs[0].lstrip().startswith("<?xml") and "<svg" in svgs[0] and 'class="band' in svgs[0]
            charts += 1
    assert charts == 1


@pytest.fixture()
def client():
    manager, kernel_client = start_new_kernel(kernel_name="fedsh")
    yield manager, kernel_client
    kernel_client.stop_channels()
    manager.shutdown_kernel(now=True)


def reply_to(kernel_client, message_id, timeout=120):
    """The shell reply to `message_id` (an earlier reply, such as kernel_info's, is passed over)."""
    reply = kernel_client.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != message_id:
        reply = kernel_client.get_shell_msg(timeout=timeout)
    return reply


def run(kernel_client, code, timeout=120):
    """Executes `code`; returns the reply's content and the cell's iopub messages."""
    message_id = kernel_client.execute(code)
    reply = reply_to(kernel_client, message_id, timeout)
    outputs = []
    while True:
        try:
            message = kernel_client.get_iopub_msg(timeout=10)
        except queue.Empty:
            break
        if message["parent_header"].get("msg_id") != message_id:
            continue
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            break
        outputs.append(message)
    return reply["content"], outputs


def test_error_names_cell_line_and_column_and_keeps_the_session(client):
    _, kernel_client = client
    reply, _ = run(kernel_client, "set purchases 45B/month")
    assert reply["status"] == "ok"
    reply, outputs = run(kernel_client, "show purchases\nset purchse 1")
    assert reply["status"] == "error"
    assert reply["evalue"] == "cell 2, line 2:5: unknown variable 'purchse'", reply
    errors = [message["content"] for message in outputs if message["msg_type"] == "error"]
    assert len(errors) == 1
    assert errors[0]["traceback"][0].startswith("cell 2, line 2:5: error: unknown variable 'purchse'\n  set purchse 1\n")
    assert "did you mean 'purchases'?" in errors[0]["traceback"][0]
    stdout = "".join(message["content"].get("text", "") for message in outputs if message["msg_type"] == "stream")
    assert "* purchases  $45B/month" in stdout


def test_interrupt_cancels_a_long_eval_and_keeps_the_session(client):
    manager, kernel_client = client
    reply, _ = run(kernel_client, "set purchases 45B/month; set draws 100000; set horizon 60")
    assert reply["status"] == "ok"
    message_id = kernel_client.execute("eval")
    # Wait until the kernel is busy with the cell, then interrupt it as Jupyter's Interrupt button does.
    while True:
        message = kernel_client.get_iopub_msg(timeout=30)
        if (message["parent_header"].get("msg_id") == message_id and message["msg_type"] == "status"
                and message["content"]["execution_state"] == "busy"):
            break
    time.sleep(0.5)
    started = time.monotonic()
    manager.interrupt_kernel()
    reply = reply_to(kernel_client, message_id, 60)
    assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "KeyboardInterrupt", reply["content"]
    assert time.monotonic() - started < 30
    reply, outputs = run(kernel_client, "show purchases")
    assert reply["status"] == "ok", reply
    stdout = "".join(message["content"].get("text", "") for message in outputs if message["msg_type"] == "stream")
    assert "$45B/month" in stdout


def test_tab_completes_outputs_and_commands(client):
    _, kernel_client = client
    code = "note café ☕\nplot res"  # Jupyter's cursor counts code points, not bytes
    reply = reply_to(kernel_client, kernel_client.complete(code, len(code)), 30)["content"]
    assert reply["status"] == "ok"
    assert "reserves" in reply["matches"], reply
    assert (reply["cursor_start"], reply["cursor_end"]) == (len(code) - 3, len(code))
    reply = reply_to(kernel_client, kernel_client.complete("ev", 2), 30)["content"]
    assert "eval" in reply["matches"] and reply["cursor_start"] == 0


def test_a_chart_is_inline_svg(client):
    _, kernel_client = client
    reply, outputs = run(kernel_client, "plot reserves")
    assert reply["status"] == "ok"
    displays = [message["content"]["data"] for message in outputs if message["msg_type"] == "display_data"]
    assert len(displays) == 1 and "<svg" in displays[0]["image/svg+xml"]
