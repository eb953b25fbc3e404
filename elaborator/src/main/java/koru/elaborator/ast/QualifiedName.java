package koru.elaborator.ast;

import java.util.Optional;
import koru.elaborator.source.Span;

/**
 * A name as the user wrote it: an optional module qualifier before {@code :} and a dotted path,
 * e.g. {@code std.io:print}, {@code file.read}, {@code Ledger}.
 */
public record QualifiedName(Optional<String> module, String path, Span span) {
    public boolean isQualified() {
        return module.isPresent();
    }


    @Override
    public String toString() {
        return module.map(m -> m + ":" + path).orElse(path);
    }
}
