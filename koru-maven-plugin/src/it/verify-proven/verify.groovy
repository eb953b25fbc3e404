// The program was verified in the forked JDK, with only shop.kz as entry file (lib/ is excluded).
evaluate(new File(basedir, '../../../src/it/expect-log.groovy'))
