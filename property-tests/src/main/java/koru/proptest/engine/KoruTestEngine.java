package koru.proptest.engine;

import java.util.Optional;
import koru.proptest.checks.Checked;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Platform engine {@code koru} (docs/testing.md, "JUnit Platform engine"): the {@code .kz}
 * files a launcher selects ({@link KzSources}) are containers, and each case of their checks (each
 * {@code ~test} under each combination of variants) a test, so that Surefire and IDEs report them. A
 * failed assertion fails its test with an {@link AssertionError}; a fault, with a {@link KoruFault}; a
 * file that cannot be tested has one test, {@code not tested}, which faults saying why.
 */
public final class KoruTestEngine implements TestEngine {
    public static final String ID = "koru";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.koru");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("koru-property-tests");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Koru/J tests");
        EngineSettings settings = EngineSettings.of(request.getConfigurationParameters());
        KzSources.selected(request, settings.paths(), uniqueId)
                .forEach(selected -> engine.addChild(KzFileDescriptor.of(engine.getUniqueId(), selected, settings.checks())));
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        for (TestDescriptor file : engine.getChildren()) {
            listener.executionStarted(file);
            for (TestDescriptor test : file.getChildren()) {
                listener.executionStarted(test);
                listener.executionFinished(test, run((KzCaseDescriptor) test));
            }
            listener.executionFinished(file, TestExecutionResult.successful());
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    /** The case's verdict as JUnit's result; a case that throws (a bug in Koru/J, not in the program) fails with what it threw. */
    private static TestExecutionResult run(KzCaseDescriptor test) {
        Checked checked;
        try {
            checked = test.run();
        } catch (RuntimeException bug) {
            return TestExecutionResult.failed(bug);
        }
        return switch (checked.verdict()) {
            case Checked.Verdict.Passed passed -> TestExecutionResult.successful();
            case Checked.Verdict.Failed failed -> TestExecutionResult.failed(new AssertionError(failed.why()));
            case Checked.Verdict.Faulted faulted -> TestExecutionResult.failed(new KoruFault(faulted.why()));
            case Checked.Verdict.Skipped skipped -> TestExecutionResult.aborted(new TestAbortedException(skipped.why()));
        };
    }
}
