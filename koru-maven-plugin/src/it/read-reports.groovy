// The verify goal's default reports, shared by the samples that leave `reports` unset (their verify.groovy
// runs this): both files exist and are well formed, the JUnit XML (target/koru-reports/TEST-koru.xml) a
// `testsuites` with at least one test, the SARIF (target/koru-reports/koru.sarif) a 2.1.0 log of one run.
// It leaves them parsed in `junit` and `sarif` for the sample's own assertions.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def reports = new File(basedir, 'target/koru-reports')
def junitFile = new File(reports, 'TEST-koru.xml')
def sarifFile = new File(reports, 'koru.sarif')
assert junitFile.isFile()
assert sarifFile.isFile()

junit = new XmlSlurper().parse(junitFile)
assert junit.name() == 'testsuites'
assert junit.testsuite.size() > 0
assert junit.@tests.toInteger() > 0
assert junit.@tests.toInteger() == junit.testsuite.testcase.size()

sarif = new JsonSlurper().parse(sarifFile, 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'koru'
assert !sarif.runs[0].results.isEmpty()
