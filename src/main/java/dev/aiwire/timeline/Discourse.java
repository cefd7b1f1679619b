package dev.aiwire.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the tagger knows of the text around a sentence when it reads it.
 *
 * @param previous the value of the date mentioned just before in the document, or null;
 * used by "la même année", "that month", "le lendemain"
 * @param fiscalYearEnd the month the company's fiscal year ends in, when the text says it
 * ("exercice clos fin janvier", "fiscal year ends on March 31"), or null
 * @param narrated the last date of the sentences just before in the same paragraph, which
 * the story may go on from; or null
 * @param quoted whether the whole sentence is quoted speech (a block quotation)
 * @param spoken the date the quoted speech was spoken, when the text gives it, or null
 * @param days the days the text has named so far, which a bare weekday may name again
 * @param dayByDay whether the text speaks day by day, naming yesterday or tomorrow
 * @param mentions the sentences read so far that gave a day, which an event named again
 * ("two days before the keynote") is looked up in
 * @param quarter the last quarter the text named, which "a quarter earlier" counts from,
 * or null
 */
record Discourse(String previous, Integer fiscalYearEnd, String narrated, boolean quoted, String spoken,
		List<LocalDate> days, boolean dayByDay, List<Mention> mentions, String quarter, int section,
		boolean previousElsewhere) {

	/** A sentence that gave a day: its words, in lower case, and its first day. */
	record Mention(String words, LocalDate day) {

	}

	Discourse(String previous, Integer fiscalYearEnd, String narrated, boolean quoted, String spoken,
			List<LocalDate> days, boolean dayByDay) {
		this(previous, fiscalYearEnd, narrated, quoted, spoken, days, dayByDay, List.of(), null, -1, false);
	}

	static Discourse after(String previous) {
		return new Discourse(previous, null, null, false, null, List.of(), false);
	}

	/**
	 * Having read a sentence: when it gave a day, an event it names may be named again.
	 */
	Discourse remembering(String sentence, List<Timex> timexes) {
		String words = withoutDates(sentence, timexes).toLowerCase(Locale.ROOT);
		List<Mention> known = new ArrayList<>(this.mentions);
		int pieceEnd = -1;
		for (Timex timex : timexes) {
			if (timex.value().length() != 10 || timex.begin() < pieceEnd) {
				continue;
			}
			// the words of the part of the sentence that holds the day, up to a full stop
			// the sentence splitter kept ("since February. ifanr reached him on Friday")
			int from = pieceStart(sentence, timex.begin());
			pieceEnd = pieceEnd(sentence, timex.end());
			known.add(new Mention(words.substring(from, pieceEnd), LocalDate.parse(timex.value())));
		}
		if (known.size() == this.mentions.size()) {
			return this;
		}
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, this.quoted, this.spoken, this.days,
				this.dayByDay, List.copyOf(known), this.quarter, this.section, this.previousElsewhere);
	}

	/** Where the part of a sentence holding an offset starts, after ". ", "; ", "? ". */
	private static int pieceStart(String sentence, int offset) {
		for (int i = offset - 1; i > 0; i--) {
			if (Character.isWhitespace(sentence.charAt(i)) && isStop(sentence.charAt(i - 1))) {
				return i;
			}
		}
		return 0;
	}

	/** Where the part of a sentence holding an offset ends, at its full stop. */
	private static int pieceEnd(String sentence, int offset) {
		for (int i = offset; i + 1 < sentence.length(); i++) {
			if (isStop(sentence.charAt(i)) && Character.isWhitespace(sentence.charAt(i + 1))) {
				return i + 1;
			}
		}
		return sentence.length();
	}

	private static boolean isStop(char c) {
		return c == '.' || c == ';' || c == '?' || c == '!';
	}

	/**
	 * A sentence without the words of its dates: "a day before the launch" dates no
	 * launch.
	 */
	private static String withoutDates(String sentence, List<Timex> timexes) {
		char[] chars = sentence.toCharArray();
		for (Timex timex : timexes) {
			for (int i = timex.begin(); i < timex.end() && i < chars.length; i++) {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}

	/**
	 * Having read a sentence that gives no date while a story told to the day goes on:
	 * what it tells happened on that day ("On Thursday, it put its chips on a slide.
	 * Speaking in Shanghai, Xu laid out..."), so that an event it names may be named
	 * again ("the day before Xu spoke").
	 */
	Discourse rememberingUndated(String sentence) {
		if (this.narrated == null || this.narrated.length() != 10) {
			return this;
		}
		List<Mention> known = new ArrayList<>(this.mentions);
		known.add(new Mention(sentence.toLowerCase(Locale.ROOT), LocalDate.parse(this.narrated)));
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, this.quoted, this.spoken, this.days,
				this.dayByDay, List.copyOf(known), this.quarter, this.section, this.previousElsewhere);
	}

	/** After a sentence whose first date is {@code topic} and last date {@code last}. */
	Discourse after(String topic, String last) {
		return new Discourse(topic, this.fiscalYearEnd, last, this.quoted, this.spoken, this.days, this.dayByDay,
				this.mentions, this.quarter, this.section, false);
	}

	/**
	 * In a section of the text: once it is another section than the one that gave the
	 * date before, that date belongs to another part of the story.
	 */
	Discourse inSection(int index) {
		if (index == this.section) {
			return this;
		}
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, this.quoted, this.spoken, this.days,
				this.dayByDay, this.mentions, this.quarter, index, this.previous != null);
	}

	/** In another paragraph, where the story told so far may have ended. */
	Discourse withoutNarration() {
		return new Discourse(this.previous, this.fiscalYearEnd, null, this.quoted, this.spoken, this.days,
				this.dayByDay, this.mentions, this.quarter, this.section, this.previousElsewhere);
	}

	/** In a block quotation spoken on a date, or null when the text does not say when. */
	Discourse inQuotation(String spokenOn) {
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, true, spokenOn, this.days, this.dayByDay,
				this.mentions, this.quarter, this.section, this.previousElsewhere);
	}

	/** Out of any block quotation. */
	Discourse inNarration() {
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, false, null, this.days, this.dayByDay,
				this.mentions, this.quarter, this.section, this.previousElsewhere);
	}

	/** Having named the days among these values too. */
	Discourse naming(List<Timex> timexes) {
		List<LocalDate> named = new ArrayList<>(this.days);
		String lastQuarter = this.quarter;
		for (Timex timex : timexes) {
			if (timex.value().length() == 10) {
				named.add(LocalDate.parse(timex.value()));
			}
			if (Periods.isValue(timex.value()) && Periods.granularity(timex.value()) == Periods.Granularity.QUARTER) {
				lastQuarter = timex.value();
			}
		}
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, this.quoted, this.spoken,
				List.copyOf(named), this.dayByDay, this.mentions, lastQuarter, this.section, this.previousElsewhere);
	}

}
