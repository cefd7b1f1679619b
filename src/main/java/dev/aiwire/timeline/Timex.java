package dev.aiwire.timeline;

/**
 * One temporal expression found in a sentence and resolved to a TIMEX3 value.
 *
 * @param value the TIMEX3 value: {@code 2024}, {@code 2024-05}, {@code 2024-05-14},
 * {@code 2024-Q2}, {@code 2024-H1} (halves H1, H2) or {@code 2024-SU} (seasons SP, SU,
 * FA, WI)
 * @param mod {@code START}, {@code MID}, {@code END} or null
 * @param expression the words of the sentence that carry the date
 * @param begin offset of the expression in the sentence
 * @param end offset just after the expression
 */
public record Timex(String value, String mod, String expression, int begin, int end) {

}
