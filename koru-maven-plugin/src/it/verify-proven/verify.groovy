// The program was verified in the forked JDK, with only shop.kz as entry file (lib/ is excluded).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('koru verify: 1 entry file in src/main/koru, on JDK ')
assert log.contains('verified src/main/koru/shop.kz: 3 proven, 0 failed, 0 unknown')
assert !log.contains('lib/fees.kz:')
assert log.contains('BUILD SUCCESS')
