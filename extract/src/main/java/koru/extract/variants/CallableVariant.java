package koru.extract.variants;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koru.extract.java.JavaNames;
import koru.kernel.interp.Ended;
import koru.kernel.interp.Value;
import koru.kernel.ir.Lookup;
import koru.kernel.ir.Program.Branch;
import koru.kernel.ir.Program.Event;
import koru.kernel.ir.Program.Field;
import koru.kernel.ir.Program.Payload;

/**
 * One implementation of one event, resolved once: its static method as a handle taking the
 * arguments as an array, the conversion of each input, and how each branch record it may answer
 * becomes an {@link Ended.Branch}.
 */
final class CallableVariant {
    private final String displayName;
    private final MethodHandle method;
    private final Class<?>[] parameterTypes;
    private final Conversion[] inputs;
    private final boolean returnsBranch;
    /** The branch each branch record class stands for, and how its payload reads. */
    private final Map<Class<?>, BranchOf> branches = new HashMap<>();

    private record BranchOf(String name, Optional<Conversion> payload, Optional<MethodHandle> value) {
    }

    CallableVariant(Event event, String variant, String methodName, JavaNames names, Conversions conversions, InMemoryClasses classes) {
        this.displayName = JavaNames.pathOf(event.name()) + "|" + variant;
        Class<?> owner = classes.load(names.event(event.name()).reflectionName());
        Method found = Arrays.stream(owner.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == event.inputs().size()).findFirst()
                .orElseThrow(() -> new IllegalStateException(owner.getName() + " has no method " + methodName + " for " + displayName));
        this.parameterTypes = found.getParameterTypes();
        this.inputs = event.inputs().stream().map(Field::type).map(conversions::of).toArray(Conversion[]::new);
        this.returnsBranch = !event.branches().isEmpty();
        try {
            this.method = MethodHandles.publicLookup().unreflect(found).asType(MethodType.genericMethodType(parameterTypes.length))
                    .asSpreader(Object[].class, parameterTypes.length);
            for (Branch branch : event.branches()) {
                Class<?> record = classes.load(names.branch(event.name(), branch.name()).reflectionName());
                Optional<Conversion> payload = Lookup.payloadType(event, branch).map(conversions::of);
                // A single value sits in the record's one component; a struct payload is the record itself.
                Optional<MethodHandle> value = branch.payload() instanceof Payload.One
                        ? Optional.of(MethodHandles.publicLookup().unreflect(record.getRecordComponents()[0].getAccessor())
                                .asType(MethodType.methodType(Object.class, Object.class)))
                        : Optional.empty();
                branches.put(record, new BranchOf(branch.name(), payload, value));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the generated method of " + displayName + " is not public", e);
        }
    }

    Ended run(List<Value> args) {
        if (args.size() != inputs.length) {
            throw new IllegalArgumentException(displayName + " takes " + inputs.length + " arguments, not " + args.size());
        }
        Object[] java = new Object[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            java[i] = inputs[i].toJava(args.get(i));
            if (!parameterTypes[i].isPrimitive() && !parameterTypes[i].isInstance(java[i])) {
                throw new IllegalArgumentException("argument " + (i + 1) + " of " + displayName + " is no " + parameterTypes[i].getName());
            }
        }
        Object answered;
        try {
            answered = (Object) method.invokeExact(java);
        } catch (Throwable e) {
            return Thrown.asFault(displayName, e);
        }
        try {
            return ended(answered);
        } catch (OutsideType e) {
            return new Ended.Fault(displayName + ": " + e.getMessage());
        }
    }

    private Ended ended(Object answered) {
        if (!returnsBranch) {
            return new Ended.Branch(LoadedProgram.VOID_BRANCH, Optional.empty());
        }
        if (answered == null) {
            return new Ended.Fault(displayName + " ended a path without a branch (`_`)");
        }
        BranchOf branch = branches.get(answered.getClass());
        Object payload = branch.value().isPresent() ? read(branch.value().get(), answered) : answered;
        return new Ended.Branch(branch.name(), branch.payload().map(conversion -> conversion.toValue(payload)));
    }

    private Object read(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (Throwable e) {
            throw new IllegalStateException("the payload of " + displayName + "'s branch could not be read", e);
        }
    }
}
