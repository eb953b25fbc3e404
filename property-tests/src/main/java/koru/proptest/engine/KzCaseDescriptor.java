package koru.proptest.engine;

import koru.proptest.checks.Case;
import koru.proptest.checks.Checked;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One case of a file's checks, a {@code ~test} under one combination of variants: a test, named by its title. */
final class KzCaseDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "case";

    private final Case planned;

    KzCaseDescriptor(UniqueId id, Case planned, TestSource file) {
        super(id, planned.title(), file);
        this.planned = planned;
    }

    Checked run() {
        return planned.run();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
