package koru.bench.zerocost;

import koru.app.Chain.Classify;

/** The extracted chain ({@code src/main/koru/chain.kz}): one call of the generated {@code Classify.classify}, its one branch unwrapped. */
final class ExtractedChain {
    private ExtractedChain() {
    }

    static long classify(long x) {
        return switch (Classify.classify(x)) {
            case Classify.Score(var score) -> score;
        };
    }
}
