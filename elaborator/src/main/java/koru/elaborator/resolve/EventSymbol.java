package koru.elaborator.resolve;

import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Item;
import java.util.Optional;

/** A declared event under its canonical name, with the module that declares it. */
public record EventSymbol(Canonical name, Item.Event decl, Module module) {
    public boolean isPublic() {
        return decl.isPublic();
    }

    public boolean hasAnnotation(String annotation) {
        return decl.annotations().stream().anyMatch(a -> a.name().equals(annotation));
    }

    public Optional<BranchDecl> branch(String branchName) {
        // A plain loop: events have a handful of branches and every pass asks this for every handler.
        for (BranchDecl branch : decl.branches()) {
            if (branch.name().equals(branchName)) {
                return Optional.of(branch);
            }
        }
        return Optional.empty();
    }

    public boolean isVoid() {
        return decl.isVoid();
    }
}
