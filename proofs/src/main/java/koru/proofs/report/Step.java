package koru.proofs.report;

/** A choice on the path to a result: {@code construct} ({@code if}, a callee, {@code for}) at {@code location} went to {@code taken}. */
public record Step(String construct, String taken, Location location) {
}
