// A JDK the user names must be usable: no fallback to another JVM, and a message naming the problem.
evaluate(new File(basedir, '../../../src/it/expect-log.groovy'))
