#!/usr/bin/env python3
"""Prompts that a person answers slowly, through a real pseudo-terminal, against a fresh lab.

 1. `check` with server02 logging in as labadmin by password: the password prompt is answered
    after WAIT seconds, and the check says ready (exit 0) — server01, connected at once, stays
    alive while server02 waits for the person.
 2. `apply` without --yes: the plan summary comes before "Run it now?", the question is answered
    "yes" after WAIT seconds, and the run succeeds (exit 0) — the sessions opened by the check
    stay alive meanwhile.
 3. `apply --yes` on a fresh pair interrupted with Ctrl-C mid-run: it says what it does, ends
    with exit 1 "cancelled", and the next apply completes the pair.

Usage: prompt-wait-test.py PATH/TO/gluster-ha-wizard [WAIT_SECONDS]   (needs root and the lab)
"""
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import tempfile
import time

EXE = sys.argv[1]
WAIT = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
LAB = os.path.join(os.path.dirname(os.path.realpath(__file__)), "lab.sh")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run_on_terminal(argv, question, answer, limit=600, wait=None):
    """Runs argv on a new pseudo-terminal; when the output shows `question` (a regex), waits
    `wait` (default WAIT) seconds, still reading, and types `answer` (a line, or bytes as they
    are, e.g. Ctrl-C). Returns (exit status, output, asked)."""
    wait = WAIT if wait is None else wait
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    output = b""
    asked_at = None
    answered = False
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if asked_at is not None and not answered and time.monotonic() - asked_at >= wait:
            os.write(fd, answer if isinstance(answer, bytes) else answer.encode() + b"\n")
            answered = True
        readable, _, _ = select.select([fd], [], [], 0.2)
        if fd in readable:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            sys.stdout.write(chunk.decode(errors="replace"))
            sys.stdout.flush()
            output += chunk
            if asked_at is None and re.search(question, output.decode(errors="replace")):
                asked_at = time.monotonic()
                print(f"\n[test] question seen; answering in {wait:.0f} s", flush=True)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        fail(f"{argv[1]} did not end within {limit} s")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    return code, output.decode(errors="replace").replace("\r\n", "\n"), answered


def main():
    if os.geteuid() != 0:
        fail("the lab test needs root (the lab is built from namespaces and loop devices)")
    subprocess.run([LAB, "fresh"], check=True)
    admin = subprocess.run([LAB, "admin-dir"], check=True, capture_output=True,
                           text=True).stdout.strip()
    common = ["--known-hosts", os.path.join(admin, "known_hosts"), "--accept-split-brain-risk"]

    print("== check with a password login, answered after %.0f s" % WAIT, flush=True)
    with open(os.path.join(admin, "spec.json")) as file:
        spec = json.load(file)
    server = spec["servers"][1]
    server["ssh"] = {"host": server["ssh"]["host"], "port": server["ssh"]["port"],
                     "user": "labadmin", "auth": "password"}
    with open(os.path.join(admin, "labadmin.secret")) as file:
        password = file.read().strip()
    with tempfile.TemporaryDirectory() as work:
        spec_path = os.path.join(work, "password-spec.json")
        with open(spec_path, "w") as file:
            json.dump(spec, file)
        code, out, answered = run_on_terminal(
            [EXE, "check", spec_path] + common, r"server02: [^\n]*[Pp]assword[^\n]*: ?$", password)
    if not answered:
        fail("check never asked for server02's password")
    if password in out:
        fail("the password was echoed on the terminal")
    if "stopped answering" in out:
        fail("a session was declared dead while the password prompt waited")
    if code != 0 or "check: ready" not in out:
        fail(f"check exited {code} (not ready) after a slow password")
    print("== apply without --yes, answered after %.0f s" % WAIT, flush=True)
    code, out, answered = run_on_terminal(
        [EXE, "apply", os.path.join(admin, "spec.json")] + common,
        r"Run it now\? \[y/N\] ", "yes")
    if not answered:
        fail("apply never asked 'Run it now?'")
    summary = out.find("The plan has")
    question = out.find("Run it now?")
    if summary < 0 or summary > question:
        fail("the plan summary is not printed before the question it explains")
    if "stopped answering" in out:
        fail("a session was declared dead while the question waited")
    if code != 0:
        fail(f"apply exited {code} after a slow 'yes'")
    if not re.search(r"^apply: all \d+ steps done", out, re.M):
        fail("apply printed no final summary")

    print("== apply --yes interrupted with Ctrl-C on a fresh pair, then resumed", flush=True)
    subprocess.run([LAB, "fresh"], check=True)
    code, out, answered = run_on_terminal(
        [EXE, "apply", os.path.join(admin, "spec.json"), "--yes"] + common,
        r"server0[12]: \[\d+/\d+\] Enable and start glusterd", b"\x03", wait=0)
    if not answered:
        fail("apply never reached the glusterd step")
    if "interrupted; ending the commands running on the servers" not in out:
        fail("apply did not say what its Ctrl-C does")
    if code != 1 or "The run was cancelled" not in out:
        fail(f"an interrupted apply exited {code} without saying it was cancelled")
    code, out, _ = run_on_terminal(
        [EXE, "apply", os.path.join(admin, "spec.json"), "--yes"] + common, r"(?!)", "")
    if code != 0:
        fail(f"apply after the interrupted one exited {code}")
    print(f"PASS: check's password and apply's confirmation given after {WAIT:.0f} s both succeed;"
          " the summary precedes the question; Ctrl-C cancels and apply resumes")


main()
