// The program was verified in the forked JDK, with only shop.kz as entry file (lib/ is excluded), and the
// default reports say so: a test case per obligation (all three are lib/fees.kz's; a module without
// obligations, like shop.kz, has an empty suite), no JUnit failure, no failing SARIF result.
evaluate(new File(basedir, '../../../src/it/expect-log.groovy'))
evaluate(new File(basedir, '../../../src/it/read-reports.groovy'))
assert junit.@tests == '3' && junit.@failures == '0' && junit.@errors == '0'
assert junit.testsuite.find { it.@name == 'src/main/koru/lib/fees.kz' }.@tests == '3'
junit.testsuite.each { suite -> assert suite.@failures == '0' }
assert junit.testsuite.testcase.failure.size() == 0
assert sarif.runs[0].results.size() == 3
assert sarif.runs[0].results.every { it.kind == 'pass' && it.level == 'none' }
