package koru.bench.zerocost;

/**
 * The five-deep chain of {@code src/main/koru/chain.kz} as a Java programmer writes it: the five
 * events' decisions folded into one method of plain {@code if}s on a {@code long}, which is what
 * extraction must compile down to for the continuations to cost nothing. Inputs are at most
 * 10^6, so signed arithmetic gives the unsigned results.
 */
final class HandWrittenChain {
    private HandWrittenChain() {
    }

    static long classify(long x) {
        if (x % 2 == 0) {
            long half = x / 2;
            return half < 1000 ? 2 * (half + 1) : half / 3 + 7;
        }
        long kept = x > 100 ? x - 100 : x;
        return kept + 7;
    }
}
