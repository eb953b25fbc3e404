// The post-build check of every sample project (its verify.groovy runs this): each line of the
// project's expected-log.txt must occur in its build.log; a line starting with `!` must not.
def log = new File(basedir, 'build.log').getText('UTF-8')
new File(basedir, 'expected-log.txt').eachLine('UTF-8') { expected ->
    if (expected.startsWith('!')) {
        assert !log.contains(expected.substring(1))
    } else {
        assert log.contains(expected)
    }
}
