// The failed obligation is in the log, with its counterexample, and it failed the build; the default
// reports were written all the same and carry it: a JUnit failure and a SARIF error, both KORU104.
evaluate(new File(basedir, '../../../src/it/expect-log.groovy'))
evaluate(new File(basedir, '../../../src/it/read-reports.groovy'))
assert junit.@failures == '1'
def failure = junit.testsuite.testcase.failure
assert failure.size() == 1
assert failure.@type == 'KORU104'
assert failure.@message.text().startsWith('integer overflow possible: `n * 2` stays within u8')
assert failure.text().contains('counterexample: n = 128')
def errors = sarif.runs[0].results.findAll { it.level == 'error' }
assert errors.size() == 1
assert errors[0].ruleId == 'overflow' && errors[0].kind == 'fail'
assert errors[0].properties.code == 'KORU104'
assert errors[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/koru/overflow.kz'
