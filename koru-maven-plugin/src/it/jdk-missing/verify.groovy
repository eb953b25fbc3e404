// A JDK the user names must be usable: no fallback to another JVM, and a message naming the problem.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Koru/J cannot run with jdkHome ')
assert log.contains('no-such-jdk/bin/java is not an executable file')
assert !log.contains('koru check: 1 entry file')
