#!/usr/bin/env python3
"""`drill` asks on a terminal before it takes a server out, through a real pseudo-terminal,
against a healthy lab pair (needs root and the lab):

 1. answered "n": exit 2, "not confirmed; nothing was changed", server01's glusterd keeps its PID
    (nothing was stopped before or after the question);
 2. answered "y": the drill runs and passes (exit 0).

Usage: drill-prompt-test.py PATH/TO/gluster-ha-wizard
"""
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time

EXE = os.path.realpath(sys.argv[1])
HERE = os.path.dirname(os.path.realpath(__file__))
LAB = os.path.join(HERE, "lab.sh")
QUESTION = r"Take server01 out of the pair now\? \[y/N\]"


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def glusterd_pid():
    return subprocess.run([LAB, "exec", "server01", "sh", "-c", "pidof glusterd || true"],
                          capture_output=True, text=True, check=True).stdout.strip()


def drill_on_terminal(admin, answer, limit=300):
    """Runs the drill on a new pseudo-terminal and types `answer` once it asks. Returns (exit
    status, output, glusterd's PID on server01 when the question was shown)."""
    argv = [EXE, "drill", os.path.join(admin, "spec.json"), "--known-hosts",
            os.path.join(admin, "known_hosts")]
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    output = b""
    pid_at_question = None
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        readable, _, _ = select.select([fd], [], [], 0.2)
        if fd not in readable:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        sys.stdout.write(chunk.decode(errors="replace"))
        sys.stdout.flush()
        output += chunk
        if pid_at_question is None and re.search(QUESTION, output.decode(errors="replace")):
            pid_at_question = glusterd_pid()
            os.write(fd, answer.encode() + b"\n")
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        fail(f"the drill did not end within {limit} s")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return (os.waitstatus_to_exitcode(status), output.decode(errors="replace"),
            pid_at_question)


def main():
    if os.geteuid() != 0:
        fail("this test needs root (the lab)")
    subprocess.run([os.path.join(HERE, "ensure-pair.sh"), EXE], check=True)
    admin = subprocess.run([LAB, "admin-dir"], capture_output=True, text=True,
                           check=True).stdout.strip()
    before = glusterd_pid()
    if not before:
        fail("server01's glusterd does not run before the drill")

    code, output, at_question = drill_on_terminal(admin, "n")
    if at_question is None:
        fail("the drill never asked")
    if at_question != before:
        fail(f"server01's glusterd changed before the answer ({before} -> {at_question})")
    if code != 2 or "not confirmed; nothing was changed" not in output:
        fail(f"answered n: exit {code}, expected 2 'not confirmed'")
    if glusterd_pid() != before or "kill -TERM" in output or "systemctl stop" in output:
        fail("answered n, yet something was stopped on server01")

    code, output, at_question = drill_on_terminal(admin, "y")
    if at_question is None:
        fail("the drill never asked the second time")
    if code != 0 or not re.search(r"^PASSED: server01 was out of the pair", output, re.M):
        fail(f"answered y: exit {code}, expected 0 and PASSED")
    print("PASS: the drill asks on a terminal; 'n' changes nothing (exit 2), 'y' runs it (exit 0)")


main()
