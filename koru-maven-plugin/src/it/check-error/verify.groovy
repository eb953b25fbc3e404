// The check goal ran in the toolchain's JDK and failed the build with the front end's error.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('koru check: 1 entry file in ')
assert log.contains("(the build's jdk toolchain)")
assert log.contains('[ERROR] error[KORU040]: unknown name `nmae`')
assert log.contains('[ERROR] error: could not check koru/greet.kz: 1 error')
assert log.contains('koru check found errors in the Koru/J program (exit 1)')
