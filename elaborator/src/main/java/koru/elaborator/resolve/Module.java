package koru.elaborator.resolve;

import java.util.List;
import java.util.stream.Stream;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.SourceUnit;

/**
 * One module: every file sharing a basename in one directory ({@code compute.k},
 * {@code compute.kz}, {@code compute.kjava}), known by its canonical name ({@code std.io},
 * {@code app.lib.raylib}).
 */
public record Module(String name, List<SourceUnit> units, Origin origin) {
    public Module {
        units = List.copyOf(units);
    }

    /** Where a module came from: its top-level flows run only when it is the entry. */
    public enum Origin {
        ENTRY,
        IMPORTED,
        STANDARD
    }

    public boolean isEntry() {
        return origin == Origin.ENTRY;
    }

    /** Every item of every file of the module, file by file in source order. */
    public Stream<Item> items() {
        return units.stream().flatMap(unit -> unit.items().stream());
    }

    public <T extends Item> Stream<T> items(Class<T> kind) {
        return items().filter(kind::isInstance).map(kind::cast);
    }

    /** The same module with its units replaced (desugaring passes rebuild modules this way). */
    public Module withUnits(List<SourceUnit> replaced) {
        return new Module(name, replaced, origin);
    }
}
