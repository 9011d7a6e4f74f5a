"""Service load: ``GET /citizens/{id}/matches`` under HTTP load: ``python -m benchmarks.service_load``.

Like a municipality would: ``matcher generate`` a municipality (default 2,000 citizens, 250
centres), ``matcher import`` it into a fresh SQLite database, ``matcher train`` the model once,
``matcher token create`` a consultant token, and ``matcher serve`` it. A real HTTP load tool in a
second process on loopback then cycles through every citizen's matches: ``wrk`` when it is on the
PATH (Debian package ``wrk``), else this module's own load generator (httpx, one connection per
thread) in a separate process, which the report names.

Two phases, each on a freshly started server after one sequential pass over all citizens:

* ``ranked`` — the answer cache off (``MATCHER_ANSWER_CACHE=0``): every request ranks the citizen
  against every free seat (hard rules, pair features, model, Danish reasons) and writes its audit
  entry;
* ``cached`` — the default service: answers memoised per data revision, so a request costs
  authentication, one revision read, the audit entry and sending the stored JSON.

Prints throughput and latency percentiles per phase and writes them as JSON with ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

MATCHER = [sys.executable, "-m", "matcher.cli"]


def _matcher(*args: str, env: dict[str, str] | None = None) -> str:
    """Run a ``matcher`` command; returns its standard output."""
    done = subprocess.run(
        [*MATCHER, *args], check=True, capture_output=True, text=True, env=env, timeout=1800
    )
    return done.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    """A ``matcher serve`` process."""

    process: subprocess.Popen[bytes]
    url: str

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)


def start_server(db_url: str, model: Path, token: str, answer_cache: int, log: Path) -> Server:
    """Start ``matcher serve`` and wait until ``/ready`` says 200."""
    port = _free_port()
    env = {**os.environ, "MATCHER_ANSWER_CACHE": str(answer_cache)}
    args = ["serve", "--db", db_url, "--port", str(port), "--model", str(model)]
    with log.open("ab") as sink:
        process = subprocess.Popen([*MATCHER, *args], env=env, stdout=sink, stderr=sink)
    server = Server(process, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 300
    headers = {"Authorization": f"Bearer {token}"}
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"matcher serve exited with {process.returncode}; see {log}")
        try:
            if httpx.get(f"{server.url}/ready", headers=headers, timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("the server did not become ready in 5 minutes")
        time.sleep(0.2)


def prime(url: str, token: str, citizens: list[str]) -> float:
    """One sequential pass over every citizen's matches; returns the mean milliseconds."""
    headers = {"Authorization": f"Bearer {token}"}
    started = time.perf_counter()
    with httpx.Client(base_url=url, headers=headers, timeout=60) as client:
        for citizen in citizens:
            response = client.get(f"/citizens/{citizen}/matches")
            response.raise_for_status()
    return (time.perf_counter() - started) / len(citizens) * 1000


# --- load tools ----------------------------------------------------------------------------------

_LUA = """
local ids = {%(ids)s}
local counter = 0
init = function(args)
  counter = math.random(#ids)
end
request = function()
  counter = counter %% #ids + 1
  return wrk.format("GET", "/citizens/" .. ids[counter] .. "/matches",
                    {["Authorization"] = "Bearer %(token)s"})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\n{"requests":%%d,"duration_s":%%.3f,"p50_ms":%%.2f,"p90_ms":%%.2f,"p99_ms":%%.2f,' ..
    '"p999_ms":%%.2f,"max_ms":%%.2f,"mean_ms":%%.2f,"non_2xx":%%d,"socket_errors":%%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(90) / 1e3, latency:percentile(99) / 1e3, latency:percentile(99.9) / 1e3,
    latency.max / 1e3, latency.mean / 1e3, e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def run_wrk(
    url: str, token: str, citizens: list[str], connections: int, seconds: int, workdir: Path
) -> dict[str, Any]:
    """``wrk`` with a Lua script that cycles through the citizens; its JSON summary."""
    script = workdir / "matches.lua"
    ids = ",".join(json.dumps(c) for c in citizens)
    script.write_text(_LUA % {"ids": ids, "token": token}, encoding="utf-8")
    script.chmod(0o600)
    done = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script),
         url],
        check=True, capture_output=True, text=True, timeout=seconds + 120,
    )  # fmt: skip
    summary: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return summary


def generate_load(
    url: str, token: str, citizens: list[str], connections: int, seconds: float
) -> dict[str, Any]:
    """The fallback load generator (run in its own process): ``connections`` threads, each with
    one keep-alive connection, requesting matches back to back for ``seconds``."""
    latencies: list[list[float]] = [[] for _ in range(connections)]
    failures = [0] * connections
    stop = time.monotonic() + seconds

    def worker(k: int) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
            i = k * 997
            while time.monotonic() < stop:
                i += 1
                started = time.perf_counter()
                response = client.get(f"/citizens/{citizens[i % len(citizens)]}/matches")
                latencies[k].append((time.perf_counter() - started) * 1000)
                failures[k] += response.status_code >= 300

    began = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    every = sorted(x for lat in latencies for x in lat)

    def pct(p: float) -> float:
        return every[min(int(p / 100 * len(every)), len(every) - 1)]

    return {
        "requests": len(every),
        "duration_s": round(elapsed, 3),
        "p50_ms": pct(50),
        "p90_ms": pct(90),
        "p99_ms": pct(99),
        "p999_ms": pct(99.9),
        "max_ms": every[-1],
        "mean_ms": sum(every) / len(every),
        "non_2xx": sum(failures),
        "socket_errors": 0,
    }


def run_python_generator(
    url: str, token: str, citizens: list[str], connections: int, seconds: int, workdir: Path
) -> dict[str, Any]:
    """:func:`generate_load` in a second Python process."""
    ids = workdir / "citizens.json"
    ids.write_text(json.dumps(citizens), encoding="utf-8")
    env = {**os.environ, "MATCHER_BENCH_TOKEN": token}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.service_load", "--generate", url, "--ids", str(ids),
         "--connections", str(connections), "--duration", str(seconds)],
        check=True, capture_output=True, text=True, env=env, timeout=seconds + 300,
    )  # fmt: skip
    summary: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return summary


# --- the benchmark -------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=2000)
    parser.add_argument("--centres", type=int, default=250)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=int, default=20, help="seconds of load per phase")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--tool", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--dir", help="work directory to keep (default: a temporary one)")
    parser.add_argument("--out", help="write the results as JSON here")
    parser.add_argument("--generate", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.generate:  # the fallback load generator's own process
        citizens = json.loads(Path(args.ids).read_text(encoding="utf-8"))
        token = os.environ["MATCHER_BENCH_TOKEN"]
        result = generate_load(args.generate, token, citizens, args.connections, args.duration)
        print(json.dumps(result))
        return

    tool = args.tool
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "python"
    load = run_wrk if tool == "wrk" else run_python_generator
    workdir = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="matcher-load-"))
    workdir.mkdir(parents=True, exist_ok=True)
    dataset, model, db = workdir / "municipality", workdir / "model.bin", workdir / "matcher.db"
    db_url = f"sqlite:///{db}"

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    try:
        if not (dataset / "dataset.json").exists():
            say(f"generating {args.citizens} citizens, {args.centres} centres")
            _matcher("generate", "--out", str(dataset), "--citizens", str(args.citizens),
                     "--centres", str(args.centres), "--seed", str(args.seed))  # fmt: skip
        say("training the model")
        _matcher("train", str(dataset), "--out", str(model))
        db.unlink(missing_ok=True)
        _matcher("import", str(dataset), "--db", db_url)
        token = _matcher(
            "token", "create", "--role", "consultant", "--name", "load", "--db", db_url
        )
        token = token.strip()
        citizens = [
            json.loads(line)["id"]
            for line in (dataset / "citizens.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        seats = sum(
            sum(1 for s in json.loads(line)["seats"] if s["capacity"] > 0)
            for line in (dataset / "centres.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        results: dict[str, Any] = {
            "tool": "wrk" if tool == "wrk" else "python httpx load generator (fallback)",
            "connections": args.connections,
            "duration_s": args.duration,
            "citizens": len(citizens),
            "seats_with_free_places": seats,
            "machine": machine(),
            "phases": {},
        }
        for phase, cache in (("ranked", 0), ("cached", 4096)):
            server = start_server(db_url, model, token, cache, workdir / "serve.log")
            try:
                say(f"{phase}: priming (one pass over {len(citizens)} citizens)")
                prime_ms = prime(server.url, token, citizens)
                say(f"{phase}: {args.duration} s of load, {args.connections} connections ({tool})")
                summary = load(
                    server.url, token, citizens, args.connections, args.duration, workdir
                )
            finally:
                server.stop()
            summary["throughput_rps"] = round(summary["requests"] / summary["duration_s"], 1)
            summary["priming_mean_ms"] = round(prime_ms, 2)
            results["phases"][phase] = summary
    finally:
        if not args.dir:
            shutil.rmtree(workdir, ignore_errors=True)

    print(
        f"# Service load — GET /citizens/{{id}}/matches, {results['citizens']} citizens, "
        f"{results['seats_with_free_places']} seats with free places; {results['tool']}, "
        f"{args.connections} connections, {args.duration} s; {results['machine']['cpus']} CPUs "
        f"{results['machine']['cpu']}, Python {results['machine']['python']}"
    )
    print(f"{'phase':8} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for phase, s in results["phases"].items():
        errors = s["non_2xx"] + s["socket_errors"]
        print(
            f"{phase:8} {s['throughput_rps']:8.1f} {s['p50_ms']:8.1f} {s['p90_ms']:8.1f} "
            f"{s['p99_ms']:8.1f} {errors:7d}"
        )
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
