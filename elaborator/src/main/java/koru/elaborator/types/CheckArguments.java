package koru.elaborator.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.elaborator.ast.Arg;
import koru.elaborator.ast.Invocation;
import koru.elaborator.resolve.EventSymbol;

/**
 * Matches one invocation's arguments to the callee's input fields (LANGUAGE.md A4): named and
 * shorthand arguments by name, positional ones by field order. An unknown name, a field given
 * twice, a missing field, too many arguments or a value of the wrong type is KORU014, with the
 * expected fields as the hint.
 */
final class CheckArguments {
    private final ExpressionTyper typer;
    private final Type.Fields inputs;
    private final EventSymbol event;

    CheckArguments(ExpressionTyper typer, Type.Fields inputs, EventSymbol event) {
        this.typer = typer;
        this.inputs = inputs;
        this.event = event;
    }

    void check(Invocation call, Scope scope) {
        List<String> fields = new ArrayList<>(inputs.fields().keySet());
        Map<String, Arg> given = new LinkedHashMap<>();
        boolean misplaced = false;
        for (int i = 0; i < call.arguments().size(); i++) {
            Arg arg = call.arguments().get(i);
            Optional<String> field = fieldOf(arg, i, fields);
            if (field.isEmpty()) {
                misplaced = true;
                typer.infer(arg.value(), scope, Optional.empty());
                continue;
            }
            if (given.containsKey(field.get())) {
                typer.report(arg.nameSpan().orElse(arg.span()), "argument `" + field.get() + "` is given twice",
                        "give each argument once; `" + eventName() + "` takes " + expected());
                misplaced = true;
                continue;
            }
            given.put(field.get(), arg);
            typer.check(arg.value(), scope, inputs.fields().get(field.get()));
        }
        List<String> missing = fields.stream().filter(f -> !given.containsKey(f)).toList();
        // A misnamed or misplaced argument usually is the missing one: report it once, not twice.
        if (!missing.isEmpty() && !misplaced) {
            typer.report(call.event().span(), "`" + eventName() + "` is missing " + (missing.size() == 1 ? "argument " : "arguments ")
                    + ExpressionTyper.names(missing), "`" + eventName() + "` takes " + expected());
        }
    }

    /** The field an argument fills, or empty (reported) when it names none. */
    private Optional<String> fieldOf(Arg arg, int position, List<String> fields) {
        if (arg.name().isPresent()) {
            String name = arg.name().get();
            if (inputs.fields().containsKey(name)) {
                return Optional.of(name);
            }
            typer.report(arg.nameSpan().orElse(arg.span()), "`" + eventName() + "` has no input `" + name + "`",
                    "`" + eventName() + "` takes " + expected());
            return Optional.empty();
        }
        if (position < fields.size()) {
            return Optional.of(fields.get(position));
        }
        typer.report(arg.span(), "too many arguments: `" + eventName() + "` takes " + fields.size(),
                "`" + eventName() + "` takes " + expected());
        return Optional.empty();
    }

    private String eventName() {
        return event.decl().name().path();
    }

    private String expected() {
        return inputs.fields().isEmpty() ? "no arguments" : ExpressionTyper.fieldList(inputs);
    }
}
