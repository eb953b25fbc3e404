package koru.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs {@code koru check} on the project's Koru/J entry files: parsing and every front-end check
 * (KORU0xx), no proofs. The build fails when a program has an error.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractKoruMojo {
    @Override
    String verb() {
        return "check";
    }

    @Override
    List<String> verbOptions() {
        return List.of();
    }

    /** {@code koru check} never ends inconclusive. */
    @Override
    boolean failOnUnknown() {
        return true;
    }
}
