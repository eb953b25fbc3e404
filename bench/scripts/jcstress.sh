#!/bin/sh
# Runs the jcstress litmus tests of the ring and of the scheduler's park/wake protocol from the
# benchmarks jar (build it first: ./mvnw -q -B -pl runtime,elaborator,bench -am package -DskipTests).
# Mode `quick` by default; pass another (`default`, `tough`) as the first argument, and further
# jcstress options after it (`-v` prints every test's outcomes and sample counts). Results go to
# bench/target/jcstress-results (an HTML report; the console prints a summary).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
mode=${1:-quick}
[ $# -gt 0 ] && shift
cd "$here/target"
exec "$java" -cp benchmarks.jar org.openjdk.jcstress.Main -m "$mode" -r jcstress-results \
    -t 'koru\.(bench\.runtime\.litmus|runtime\.scheduler)\..*Litmus' "$@"
