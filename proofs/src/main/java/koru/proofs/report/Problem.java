package koru.proofs.report;

import java.util.Optional;

/**
 * Why a program was not verified at all: a front-end error (with its code and place), the kernel
 * refusing the lowered program, or Z3 missing. A program with problems has no results.
 */
public record Problem(Optional<String> code, String message, Optional<Location> location) {
}
