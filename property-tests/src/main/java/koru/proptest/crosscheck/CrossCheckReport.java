package koru.proptest.crosscheck;

import java.util.List;
import java.util.stream.Collectors;
import koru.kernel.describe.Describe;

/**
 * A failed cross-check of {@code event} (its canonical name): the minimal input shrinking found (and the one first found,
 * {@code shrinkSteps} smaller inputs before it), what every implementation answered on the minimal
 * input, what is wrong with those answers, and the seed that makes the same run, hence the same report, again.
 */
public record CrossCheckReport(String event, List<Argument> minimalInput, List<Argument> originalInput, List<Answer> answers,
        List<Problem> problems, int tries, int shrinkSteps, long seed) {
    public CrossCheckReport {
        minimalInput = List.copyOf(minimalInput);
        originalInput = List.copyOf(originalInput);
        answers = List.copyOf(answers);
        problems = List.copyOf(problems);
    }

    /** The implementations some problem names, in the order of {@link #answers}. */
    public List<String> wrongImplementations() {
        return answers.stream().map(Answer::implementation)
                .filter(name -> problems.stream().anyMatch(problem -> problem.implementation().equals(name))).toList();
    }

    public String render() {
        StringBuilder text = new StringBuilder("cross-check of " + Describe.simple(event) + " failed after " + tries + (tries == 1 ? " try" : " tries")
                + " (seed " + seed + ")\n");
        text.append("  minimal input:  ").append(arguments(minimalInput)).append('\n');
        text.append("  original input: ").append(arguments(originalInput)).append(" (").append(shrinkSteps).append(" shrink steps)\n");
        text.append("  answers:\n");
        int width = answers.stream().mapToInt(answer -> answer.implementation().length()).max().orElse(0);
        answers.forEach(answer -> text.append("    ").append(answer.render(width)).append('\n'));
        text.append("  wrong:\n");
        problems.forEach(problem -> text.append("    ").append(problem.render()).append('\n'));
        return text.append("  reproduce with: seed ").append(seed).toString();
    }

    private static String arguments(List<Argument> arguments) {
        return arguments.stream().map(Argument::render).collect(Collectors.joining(", "));
    }
}
