// The check goal ran in the toolchain's JDK and failed the build with the front end's error.
evaluate(new File(basedir, '../../../src/it/expect-log.groovy'))
