package koru.proptest.engine;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The {@code .kz} examples under {@code src/test/resources/tests/passing}, run by the koru engine as part
 * of this module's Maven build: each cross-check and each {@code ~test} under each variant is a test case
 * of this class in the Surefire report. Surefire selects test classes only, so an engine that reads
 * other files is reached through a suite (as Cucumber's is); an IDE can select the files themselves.
 */
@Suite
@IncludeEngines(KoruTestEngine.ID)
@SelectDirectories("src/test/resources/tests/passing")
class KzExamplesTest {
}
