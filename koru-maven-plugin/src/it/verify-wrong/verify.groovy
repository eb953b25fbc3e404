// The failed obligation is in the log, with its counterexample, and it failed the build.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] error[KORU104]: integer overflow possible: `n * 2` stays within u8')
assert log.contains('[ERROR]   = counterexample: n = 128 (replayed); the exact result is 256')
assert log.contains('[ERROR] verification failed for src/main/koru/overflow.kz: 0 proven, 1 failed, 0 unknown')
assert log.contains('koru verify found errors in the Koru/J program (exit 1)')
assert log.contains('BUILD FAILURE')
