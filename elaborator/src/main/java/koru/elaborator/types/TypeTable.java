package koru.elaborator.types;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.BranchDecl;
import koru.elaborator.ast.Field;
import koru.elaborator.ast.Item;
import koru.elaborator.ast.Payload;
import koru.elaborator.ast.Phantom;
import koru.elaborator.ast.TypeRef;
import koru.elaborator.resolve.EventSymbol;
import koru.elaborator.resolve.TypeSymbol;

/**
 * What {@link ResolveTypes} found: the type (and phantom state, if any) of every type written in
 * an event's inputs, a branch payload or a record field, keyed by the written node itself.
 */
public final class TypeTable {
    private final Map<TypeRef, Type> types;
    private final Map<TypeRef, Phantom> states;
    private final Map<java.util.List<Field>, Type.Fields> fieldsByList = new IdentityHashMap<>();

    /** Takes over both maps: {@link ResolveTypes} hands them over and never touches them again. */
    TypeTable(IdentityHashMap<TypeRef, Type> types, IdentityHashMap<TypeRef, Phantom> states) {
        this.types = Collections.unmodifiableMap(types);
        this.states = Collections.unmodifiableMap(states);
    }

    /** The type {@code ref} denotes; {@link Type.Unknown} for a type that was reported or never resolved. */
    public Type of(TypeRef ref) {
        return types.getOrDefault(ref, Type.UNKNOWN);
    }

    /** The phantom state written on {@code ref} ({@code *File[open]}), kept beside its type. */
    public Optional<Phantom> stateOf(TypeRef ref) {
        return Optional.ofNullable(states.get(ref));
    }

    /** The event's inputs by name, in declaration order (the record {@code in} names). */
    public Type.Fields inputsOf(EventSymbol event) {
        return fieldsOf(event.decl().inputs());
    }

    /** A record type's fields by name, in declaration order; empty for an enumeration. */
    public Type.Fields fieldsOf(TypeSymbol type) {
        return type.decl().body() instanceof Item.TypeBody.Record record ? fieldsOf(record.fields()) : fieldsOf(java.util.List.of());
    }

    /**
     * What a branch carries: an identity payload's type, a struct payload's {@link Type.Fields},
     * nothing for a payload-less branch.
     */
    public Optional<Type> payloadOf(BranchDecl branch) {
        return switch (branch.payload()) {
            case Payload.None none -> Optional.empty();
            case Payload.Identity identity -> Optional.of(of(identity.type()));
            case Payload.Struct struct -> Optional.of(fieldsOf(struct.fields()));
        };
    }

    private Type.Fields fieldsOf(java.util.List<Field> fields) {
        // Every check asks for the same few shapes over and over; a field list is an immutable AST
        // node, so its identity determines the answer.
        return fieldsByList.computeIfAbsent(fields, list -> {
            Map<String, Type> byName = new LinkedHashMap<>();
            list.forEach(field -> byName.putIfAbsent(field.name(), of(field.type())));
            return new Type.Fields(byName);
        });
    }
}
