package dev.aiwire.timeline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;

/**
 * A tiny grammar for a stub language, Esperanto, listed only in the {@code stub-language}
 * folder of the test resources: months with or without a year, years after the words that
 * introduce them, the year phrases and seasons of its lists, and its regular tenses (-is
 * past, -os future).
 */
final class EsperantoGrammar extends Grammar {

	private static final Pattern MODIFIER = Pattern
		.compile(B0 + "(?:(?<S>komence\\s+de\\s+)|(?<E>fine\\s+de\\s+)|(?<Mi>meze\\s+de\\s+))$", FLAGS);

	private final TenseCues tenseCues;

	public EsperantoGrammar() {
		this(Languages.registry());
	}

	EsperantoGrammar(LanguageRegistry languages) {
		super(languageOf(languages, "eo"), MODIFIER, "\\s*");
		this.tenseCues = TenseCues.of(this.language,
				List.of(new TenseCues.MarkerPattern(Pattern.compile(B0 + "\\p{L}+os" + B1, FLAGS), Tense.FUTURE, true,
						java.util.Set.of(), List.of()),
						new TenseCues.MarkerPattern(Pattern.compile(B0 + "\\p{L}+is" + B1, FLAGS), Tense.PAST, true,
								java.util.Set.of(), List.of())));
		String yearPhrase = yearPhrase("YR");
		rule("month", anyOf(monthEntries(false)),
				B0 + "(?<M>" + monthNames(false) + ")(?:\\s+" + year4("Y") + ")?" + B1, this::month);
		rule("year", YEAR, year4("Y"), (m, text, into) -> {
			if (modifierBefore(text, m.start()) != null || isYearInContext(text, m.start(), m.end())) {
				String year = m.group("Y");
				into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(year)));
			}
		});
		rule("year phrase", anyOf(this.language.words("relative-years").entries()), B0 + yearPhrase + B1,
				(m, text, into) -> {
					String phrase = m.group("YR");
					into.add(Candidate.of(m.start(), m.end(), (c) -> {
						Integer year = c.yearOf(phrase);
						return (year != null) ? List.of(Periods.year(year)) : List.of();
					}));
				});
		rule("season", anyOf(this.language.words("seasons").entries()),
				B0 + "(?:en\\s+)?(?<S>" + seasonNames() + ")\\s+" + year4("Y") + B1, (m, text, into) -> into
					.add(season(m.start(), m.end(), seasonOf(m.group("S")), m.group("Y"), null, null)));
	}

	@Override
	TenseCues tenseCues() {
		return this.tenseCues;
	}

	private void month(Matcher m, String text, List<Candidate> into) {
		int month = monthNumber(m.group("M"));
		String y = m.group("Y");
		into.add(Candidate.of(m.start(), m.end(), (c) -> List
			.of(Periods.month((y != null) ? Integer.parseInt(y) : c.yearOfMonth(month, c.tense()), month))));
	}

}
