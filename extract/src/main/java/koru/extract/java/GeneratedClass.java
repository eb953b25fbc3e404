package koru.extract.java;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** The Java source of one Koru module's class, and where each proc body sits in it. */
public record GeneratedClass(ClassName name, String source, List<ProcRegion> procs) {
    public GeneratedClass {
        procs = List.copyOf(procs);
    }

    /** The path javac and jar tools know the source by: {@code koru/app/Ledger.java}. */
    public String path() {
        return name.canonicalName().replace('.', '/') + ".java";
    }
}
