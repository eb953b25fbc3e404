package koru.proptest.engine;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import koru.elaborator.Elaboration;
import koru.elaborator.Elaborator;
import koru.elaborator.Options;
import koru.elaborator.diag.Diagnostic;
import koru.extract.BuildProblem;
import koru.kernel.ir.Origin;
import koru.proptest.checks.Case;
import koru.proptest.checks.Checked;
import koru.proptest.checks.Checks;
import koru.proptest.checks.Settings;
import koru.proptest.engine.KzSources.KzSource;
import koru.proptest.load.ProgramUnderTest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A {@code .kz} file: the container of its cases. A file that cannot be tested (unreadable, front-end
 * errors, a proc javac rejects) has one case, {@code not tested}, which faults saying why (the launcher
 * would prune a container without tests, and the problem with it).
 */
final class KzFileDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "kz";

    private KzFileDescriptor(UniqueId id, KzSource source) {
        super(id, source.name(), source.source());
    }

    /** Reads, elaborates and compiles {@code source}, and adds a child for each case its checks plan. */
    static KzFileDescriptor of(UniqueId parent, KzSource source, Settings settings) {
        UniqueId id = parent.append(SEGMENT, source.name());
        Elaboration elaboration;
        try {
            elaboration = source.elaborate(new Elaborator(Options.defaults()));
        } catch (IOException e) {
            return notTested(id, source, "cannot read " + source.name() + ": " + e.getMessage());
        }
        return switch (ProgramUnderTest.load(elaboration)) {
            case ProgramUnderTest.Loading.FrontEndErrors errors -> notTested(id, source,
                    errors.elaboration().diagnostics().stream().filter(Diagnostic::isError).map(KzFileDescriptor::line)
                            .collect(Collectors.joining("\n")));
            case ProgramUnderTest.Loading.NotBuilt notBuilt -> notTested(id, source,
                    notBuilt.problems().stream().map(BuildProblem::message).collect(Collectors.joining("\n")));
            case ProgramUnderTest.Loading.Loaded loaded -> {
                KzFileDescriptor file = new KzFileDescriptor(id, source);
                Map<String, Integer> seen = new HashMap<>();
                for (Case planned : Checks.plan(loaded.program(), settings)) {
                    // Two tests may share a title; their ids may not.
                    int count = seen.merge(planned.title(), 1, Integer::sum);
                    String segment = count == 1 ? planned.title() : planned.title() + " #" + count;
                    file.addChild(new KzCaseDescriptor(id.append(KzCaseDescriptor.SEGMENT, segment), planned, source.source()));
                }
                yield file;
            }
        };
    }

    /** {@code variants.kz:3:5: KORU040: message}: a front-end error as a line of a test report. */
    private static String line(Diagnostic diagnostic) {
        return diagnostic.span() + ": " + diagnostic.code() + ": " + diagnostic.message()
                + diagnostic.hint().map(hint -> " (hint: " + hint + ")").orElse("");
    }

    private static KzFileDescriptor notTested(UniqueId id, KzSource source, String why) {
        KzFileDescriptor file = new KzFileDescriptor(id, source);
        Case notTested = new Case("not tested", "", new Origin(source.name(), 0, 0), () -> new Checked.Verdict.Faulted(why));
        file.addChild(new KzCaseDescriptor(id.append(KzCaseDescriptor.SEGMENT, notTested.title()), notTested, source.source()));
        return file;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
