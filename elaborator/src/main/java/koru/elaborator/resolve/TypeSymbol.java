package koru.elaborator.resolve;

import koru.elaborator.ast.Item;

/** A {@code ~type} (record, enumeration or capability) under its canonical name. */
public record TypeSymbol(Canonical name, Item.Type decl, Module module) {
    public boolean isCapability() {
        return decl.annotations().stream().anyMatch(a -> a.name().equals("capability"));
    }
}
