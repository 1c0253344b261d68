"""Writes the `fedsh` kernelspec: `python -m fedsh_kernel.install [--user | --sys-prefix | --prefix P]`."""

import argparse
import json
import os
import sys
import tempfile

from jupyter_client.kernelspec import KernelSpecManager

SPEC = {
    "argv": [sys.executable, "-m", "fedsh_kernel", "-f", "{connection_file}"],
    "display_name": "fedsh",
    "language": "fedsh",
    # SIGINT to the kernel's process group reaches fedsh too: it cancels the running command only.
    "interrupt_mode": "signal",
}


def install(user=False, prefix=None):
    """Installs the kernelspec and returns the folder it went to."""
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        with open(os.path.join(folder, "kernel.json"), "w") as file:
            json.dump(SPEC, file, indent=1)
        return KernelSpecManager().install_kernel_spec(folder, "fedsh", user=user, prefix=prefix)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Install the fedsh Jupyter kernelspec.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="for this user (~/.local/share/jupyter)")
    where.add_argument("--sys-prefix", action="store_true", help="in this Python's prefix (a virtual environment)")
    where.add_argument("--prefix", help="under PREFIX/share/jupyter")
    arguments = parser.parse_args(argv)
    prefix = sys.prefix if arguments.sys_prefix else arguments.prefix
    user = arguments.user or (prefix is None and os.geteuid() != 0)
    print("installed the fedsh kernelspec in " + install(user=user, prefix=prefix))


if __name__ == "__main__":
    main()
