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
        return decl.branches().stream().filter(b -> b.name().equals(branchName)).findFirst();
    }

    public boolean isVoid() {
        return decl.isVoid();
    }
}
