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
import koru.elaborator.source.SourceFile;
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
import org.junit.platform.engine.support.descriptor.FilePosition;

/**
 * A {@code .kz} file: the container of its cases. A file that cannot be tested (unreadable, front-end
 * errors, a proc javac rejects) has one case, {@code not tested}, which faults saying why (the launcher
 * would prune a container without tests, and the problem with it).
 */
final class KzFileDescriptor extends AbstractTestDescriptor {
    private KzFileDescriptor(UniqueId id, KzSource source) {
        super(id, source.name(), source.source());
    }

    /**
     * Reads, elaborates and compiles {@code source}, and adds a child for each case its checks plan, or for those of
     * {@code only} (by their id segments) when a unique-id selector names some.
     */
    static KzFileDescriptor of(UniqueId parent, KzSources.Selected selected, Settings settings) {
        KzSource source = selected.source();
        UniqueId id = parent.append(source.segment(), source.name());
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
                Map<String, String> texts = loaded.program().parts().sources();
                for (Case planned : Checks.plan(loaded.program(), settings)) {
                    // Two tests may share a title; their ids may not.
                    int count = seen.merge(planned.title(), 1, Integer::sum);
                    String segment = count == 1 ? planned.title() : planned.title() + " #" + count;
                    if (selected.only().map(only -> only.contains(segment)).orElse(true)) {
                        file.addChild(new KzCaseDescriptor(id.append(KzCaseDescriptor.SEGMENT, segment), planned,
                                source.source(position(planned.origin(), texts))));
                    }
                }
                yield file;
            }
        };
    }

    /** The line and column of {@code origin}, where its file's text is known (line 1 if not: the file still opens). */
    private static FilePosition position(Origin origin, Map<String, String> texts) {
        String text = texts.get(origin.file());
        if (text == null) {
            return FilePosition.from(1);
        }
        SourceFile file = new SourceFile(origin.file(), text);
        return FilePosition.from(file.lineOf(origin.start()), file.columnOf(origin.start()));
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
