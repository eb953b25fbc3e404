// The failed obligation is in the log, with its counterexample, and it failed the build.
evaluate(new File(basedir, '../../../src/it/expect-log.groovy'))
