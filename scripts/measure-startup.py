#!/usr/bin/env python3
"""Measures the start-up of `koru --version` and `koru check` on a small file (docs/PERFORMANCE.md).

Runs the ./koru launcher as users do, and the JVM option variants it was chosen from, round-robin
(one run of each variant per round) so that load from other processes spreads over all variants
alike. Prints a Markdown table: median and minimum wall time, and median CPU time (user + system).

Usage: scripts/measure-startup.py [ROUNDS]   (run ./koru once first, so the jar and cache exist)
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
WARMUP_ROUNDS = 2


def jdk_home():
    """The JDK the launcher uses, asked from scripts/jdk.bash itself."""
    script = 'min_java=21; source scripts/jdk.bash; find_jdk; echo "$jdk"'
    return subprocess.run(["bash", "-c", script], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def variants(java):
    jar, sample, aot = "cli/target/koru-cli.jar", "examples/hello.kz", "cli/target/koru.aot"
    serial, c1, cache = ["-XX:+UseSerialGC"], ["-XX:TieredStopAtLevel=1"], [f"-XX:AOTCache={aot}"]
    return {
        "./koru --version (launcher)": ["./koru", "--version"],
        "./koru check (launcher)": ["./koru", "check", sample],
        "java -jar, JDK defaults: check": [java, "-jar", jar, "check", sample],
        "JDK defaults, -Xshare:off: check": [java, "-Xshare:off", "-jar", jar, "check", sample],
        "serial GC: check": [java, *serial, "-jar", jar, "check", sample],
        "serial GC + C1 only: check": [java, *serial, *c1, "-jar", jar, "check", sample],
        "serial GC + AOT cache: check": [java, *serial, *cache, "-jar", jar, "check", sample],
        "serial GC + AOT cache + C1 only: check": [java, *serial, *cache, *c1, "-jar", jar, "check", sample],
        "serial GC + AOT cache: --version": [java, *serial, *cache, "-jar", jar, "--version"],
        "serial GC + AOT cache + C1 only: --version": [java, *serial, *cache, *c1, "-jar", jar, "--version"],
    }


def run_once(command):
    """Wall and CPU seconds of one run of command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    commands = variants(os.path.join(jdk_home(), "bin", "java"))
    samples = {name: [] for name in commands}
    for round_number in range(WARMUP_ROUNDS + ROUNDS):
        for name, command in commands.items():
            measured = run_once(command)
            if round_number >= WARMUP_ROUNDS:
                samples[name].append(measured)
    print(f"| command ({ROUNDS} runs each) | wall median ms | wall min ms | CPU median ms |")
    print("|---|---:|---:|---:|")
    for name, runs in samples.items():
        walls, cpus = [w * 1000 for w, _ in runs], [c * 1000 for _, c in runs]
        print(f"| {name} | {statistics.median(walls):.0f} | {min(walls):.0f} | {statistics.median(cpus):.0f} |")


if __name__ == "__main__":
    main()
