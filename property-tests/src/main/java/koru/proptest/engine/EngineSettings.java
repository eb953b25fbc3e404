package koru.proptest.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import koru.proptest.checks.Settings;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration parameters ({@code junit-platform.properties}, Surefire's
 * {@code configurationParameters}, {@code -D} on a console launcher): {@code koru.test.paths}, .kz files
 * and directories to test, comma-separated; {@code koru.test.tries}, {@code koru.test.seed} and
 * {@code koru.test.maxCombinations}, as {@code koru test}'s {@code --tries}, {@code --seed} and {@code --max-combinations}.
 */
record EngineSettings(List<Path> paths, Settings checks) {
    static final String PATHS = "koru.test.paths";
    static final String TRIES = "koru.test.tries";
    static final String SEED = "koru.test.seed";
    static final String COMBINATIONS = "koru.test.maxCombinations";

    static EngineSettings of(ConfigurationParameters parameters) {
        List<Path> paths = parameters.get(PATHS).stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(path -> !path.isEmpty()).map(Path::of).toList();
        int tries = parameters.get(TRIES, Integer::parseInt).orElse(Settings.DEFAULT_TRIES);
        long seed = parameters.get(SEED, Long::parseLong).orElseGet(() -> new SplittableRandom().nextLong());
        int combinations = parameters.get(COMBINATIONS, Integer::parseInt).orElse(Settings.DEFAULT_COMBINATIONS);
        return new EngineSettings(paths, new Settings(tries, seed, combinations));
    }
}
