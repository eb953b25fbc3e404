package koru.runtime.rt;

import java.util.List;

/**
 * The arguments the program was started with, behind {@code std.io:args}. A generated {@code main}
 * that calls {@code args} hands its {@code String[]} over first ({@code koru run FILE -- ARGS}).
 */
public final class ProgramArguments {
    private static volatile List<String> given = List.of();

    private ProgramArguments() {
    }

    public static void hold(String[] args) {
        given = List.of(args);
    }

    public static List<String> given() {
        return given;
    }
}
