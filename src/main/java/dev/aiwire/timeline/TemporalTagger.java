package dev.aiwire.timeline;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.BlockKind;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Section;
import dev.aiwire.markdown.Sentence;

import org.springframework.stereotype.Component;

/**
 * Finds the dates an article mentions and resolves them to TIMEX3 values, with the
 * grammar of the article's language (see {@link Grammars}). Relative dates ("hier", "l'an
 * dernier", "last month") resolve against the publication date; a month or weekday
 * without a year is read backwards or forwards by the tense of its sentence; "la même
 * année" or "that month" take the date mentioned just before. Numbers that are not dates
 * (GPT-4, "2 048 puces"), durations ("depuis cinq ans") and decades ("les années 2010",
 * which give no value) are left alone.
 *
 * <p>
 * Pure and thread-safe: one instance serves the whole application.
 */
@Component
public class TemporalTagger {

	private final Grammars grammars;

	/** A tagger of the application's languages. */
	public TemporalTagger() {
		this(Grammars.standard());
	}

	/** A tagger of the languages these grammars read. */
	TemporalTagger(Grammars grammars) {
		this.grammars = grammars;
	}

	/**
	 * The id a title's events link to: the page's main content, which opens with the
	 * title (the title has no sentence id of its own).
	 */
	public static final String TITLE_ID = "main";

	/**
	 * The dated events of a document, one per sentence, value and modifier, in
	 * chronological order (events on the same date keep their reading order). The title
	 * is read as the first sentence: a date that stands only there is an event of the
	 * article too, while one the body gives again is left to the body's sentence, which
	 * says more. Notes ({@link BlockKind#NOTE}) give none.
	 */
	public List<DatedEvent> tag(ParsedDocument document) {
		FrontMatter frontMatter = document.frontMatter();
		LocalDate dct = frontMatter.date();
		String lang = frontMatter.lang();
		List<DatedEvent> events = new ArrayList<>();
		String title = (frontMatter.title() != null) ? frontMatter.title().strip() : "";
		// each sentence normalised once: the document-wide cues, the tagging and the
		// discourse all read it
		List<Sentence> sentences = document.sentences();
		List<String> normalised = new ArrayList<>(sentences.size());
		for (Sentence sentence : sentences) {
			normalised.add(normalise(sentence.text()));
		}
		Discourse discourse = new Discourse(null, fiscalYearEnd(title, normalised, lang), null, false, null, List.of(),
				speaksDayByDay(title, normalised, lang));
		// a title may run over several sentences (an agency's headline and its first
		// lines): each is read apart
		List<Timex> titleDates = new ArrayList<>();
		List<String> titleSentences = new ArrayList<>();
		// the day of the article's news: the first day it names in the week up to
		// publication
		String newsDay = null;
		for (String titleSentence : sentencesOf(title, this.grammars.languages().of(lang).locale())) {
			List<Timex> found = tagInContext(titleSentence, normalise(titleSentence), dct, lang, discourse, null,
					false);
			newsDay = (newsDay != null) ? newsDay : newsDay(found, dct);
			if (!found.isEmpty()) {
				discourse = discourse.after(found.get(0).value(), null)
					.naming(found)
					.remembering(normalise(titleSentence), found);
			}
			for (Timex timex : found) {
				titleDates.add(timex);
				titleSentences.add(titleSentence);
			}
		}
		int narratedBlock = -1;
		int quotation = -1;
		// the date the sentence that introduces a block quotation gives, the day that
		// speech was spoken
		String introductionDate = null;
		int introductionBlock = -1;
		for (int position = 0; position < sentences.size(); position++) {
			Sentence sentence = sentences.get(position);
			String text = normalised.get(position);
			Block block = document.block(sentence.blockIndex());
			if (block.kind() == BlockKind.NOTE) {
				// a note explains a mark of the text; its dates are no events of the
				// story
				continue;
			}
			// a story told goes on into the very next paragraph of its section, no
			// further
			boolean goesOn = narratedBlock >= 0 && block.index() == narratedBlock + 1
					&& block.sectionIndex() == document.block(narratedBlock).sectionIndex();
			if (sentence.blockIndex() != narratedBlock && !goesOn) {
				discourse = discourse.withoutNarration();
			}
			discourse = discourse.inSection(sentence.sectionIndex());
			if (block.isQuote() && quotation != block.index()) {
				quotation = block.index();
				String spokenOn = (introductionBlock == block.index() - 1) ? introductionDate : null;
				if (block.attribution() != null) {
					// the attribution line under a quotation ("— a spectator, on Friday")
					// tells when it was spoken: its dates are the speech's, in the past,
					// shown with the quotation's first words
					List<Timex> attributed = tagInContext(block.attribution(), normalise(block.attribution()), dct,
							lang, discourse, newsDay, true);
					addEvents(events, attributed, sentence, sentence.text() + " \u2014 " + block.attribution(),
							document.sections().get(sentence.sectionIndex()));
					spokenOn = attributed.isEmpty() ? spokenOn : attributed.get(0).value();
				}
				discourse = discourse.inQuotation(spokenOn);
			}
			else if (!block.isQuote() && discourse.quoted()) {
				discourse = discourse.inNarration();
			}
			List<Timex> timexes = tagInContext(sentence.text(), text, dct, lang, discourse, newsDay, false);
			newsDay = (newsDay != null) ? newsDay : newsDay(timexes, dct);
			addEvents(events, timexes, sentence, introducing(document, sentence),
					document.sections().get(sentence.sectionIndex()));
			if (!timexes.isEmpty()) {
				// the next sentences refer back to this one's topic date, which usually
				// comes first,
				// and a story goes on from its last date
				discourse = discourse.after(timexes.get(0).value(), timexes.get(timexes.size() - 1).value())
					.naming(timexes)
					.remembering(text, timexes);
				narratedBlock = sentence.blockIndex();
			}
			else if (!block.isQuote()) {
				discourse = discourse.rememberingUndated(text);
			}
			if (!block.isQuote() && sentence.index() == block.firstSentence() + block.sentenceCount() - 1) {
				introductionDate = speechDate(text, timexes, lang);
				introductionBlock = block.index();
			}
		}
		Set<String> inBody = new HashSet<>();
		events.forEach((event) -> inBody.add(event.value()));
		for (int i = 0; i < titleDates.size(); i++) {
			Timex timex = titleDates.get(i);
			if (inBody.add(timex.value())) {
				events.add(new DatedEvent(timex.value(), timex.mod(), timex.expression(), -1, TITLE_ID,
						titleSentences.get(i), null));
			}
		}
		return chronological(events);
	}

	/**
	 * Events sorted as {@link DatedEvent#CHRONOLOGICAL} sorts them, each event's rank
	 * computed once rather than at every comparison (a rank parses the value's date).
	 */
	private static List<DatedEvent> chronological(List<DatedEvent> events) {
		if (events.size() < 2) {
			return events;
		}
		List<Ranked> ranked = new ArrayList<>(events.size());
		for (DatedEvent event : events) {
			ranked.add(new Ranked(event.sortRank(), event));
		}
		ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt((r) -> r.event().sentenceIndex()));
		events.clear();
		for (Ranked event : ranked) {
			events.add(event.event());
		}
		return events;
	}

	private record Ranked(int rank, DatedEvent event) {
	}

	/**
	 * How close after a year phrase a finer date of that year must come for the phrase to
	 * give way, in characters.
	 */
	private static final int FRAMED_WITHIN = 30;

	/**
	 * How far a finer date may come after a year phrase that owns a noun ("this year's
	 * developer conference in Beijing on Wednesday"), within the same clause, in
	 * characters: the whole noun phrase lies between them.
	 */
	private static final int FRAMED_BY_POSSESSIVE_WITHIN = 60;

	/** Whether a possessive ending follows an offset ("this year's"). */
	private static boolean possessive(String text, int offset) {
		return text.startsWith("'s", offset) || text.startsWith("\u2019s", offset);
	}

	/** The sentences of a text, as the JDK's sentence rules of a language cut them. */
	private static List<String> sentencesOf(String text, Locale locale) {
		List<String> sentences = new ArrayList<>();
		if (text.isEmpty()) {
			return sentences;
		}
		BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
		breaks.setText(text);
		for (int start = breaks.first(),
				end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String sentence = text.substring(start, end).strip();
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
		}
		return sentences;
	}

	/**
	 * The day a sentence says the speech it introduces was spoken: its first date that is
	 * not the start of a span ("depuis l'automne", "since the autumn"), or null.
	 */
	private String speechDate(String text, List<Timex> timexes, String lang) {
		Grammar grammar = this.grammars.of(lang).orElse(null);
		for (Timex timex : timexes) {
			if (grammar != null && grammar.tenseCues().directedBy(text, timex.begin()) != Tense.PAST) {
				return timex.value();
			}
		}
		return null;
	}

	/**
	 * What a timeline shows of a sentence: the sentence, followed by the first sentence
	 * of the quotation, paragraph or list it introduces when it ends with a colon ("He
	 * told reporters on Monday:" says nothing by itself).
	 */
	private static String introducing(ParsedDocument document, Sentence sentence) {
		String text = sentence.text();
		Block block = document.block(sentence.blockIndex());
		boolean lastOfBlock = sentence.index() == block.firstSentence() + block.sentenceCount() - 1;
		if (!text.endsWith(":") || !lastOfBlock || block.index() + 1 >= document.blocks().size()) {
			return text;
		}
		Block next = document.block(block.index() + 1);
		if (!(next.isQuote() || next.kind() == BlockKind.PARAGRAPH || next.kind() == BlockKind.LIST_ITEM)
				|| next.sentenceCount() == 0) {
			return text;
		}
		return text + " " + document.sentencesOf(next).get(0).text();
	}

	/**
	 * The temporal expressions of one sentence, in reading order.
	 * @param sentence the sentence as it reads
	 * @param dct the document creation (publication) date relative dates resolve against
	 * @param lang the code of the sentence's language (one the registry does not know
	 * reads as the default language; a language without a grammar has no dates)
	 * @param previous the value of the date mentioned just before in the document, or
	 * null; used by "la même année", "that month", "le lendemain"
	 */
	public List<Timex> tagSentence(String sentence, LocalDate dct, String lang, String previous) {
		return tagInContext(sentence, dct, lang, Discourse.after(previous));
	}

	/** Whether a document names yesterday or tomorrow anywhere. */
	private boolean speaksDayByDay(String title, List<String> sentences, String lang) {
		Grammar grammar = this.grammars.of(lang).orElse(null);
		if (grammar == null) {
			return false;
		}
		if (grammar.speaksDayByDay(normalise(title))) {
			return true;
		}
		for (String sentence : sentences) {
			if (grammar.speaksDayByDay(sentence)) {
				return true;
			}
		}
		return false;
	}

	/** The month a document says the company's fiscal year ends in, or null. */
	private Integer fiscalYearEnd(String title, List<String> sentences, String lang) {
		Grammar grammar = this.grammars.of(lang).orElse(null);
		if (grammar == null) {
			return null;
		}
		Integer end = grammar.fiscalYearEnd(normalise(title));
		for (int i = 0; end == null && i < sentences.size(); i++) {
			end = grammar.fiscalYearEnd(sentences.get(i));
		}
		return end;
	}

	/**
	 * The temporal expressions of one sentence, in reading order, knowing what came
	 * before.
	 */
	List<Timex> tagInContext(String sentence, LocalDate dct, String lang, Discourse discourse) {
		return tagInContext(sentence, normalise(sentence), dct, lang, discourse, null, false);
	}

	/**
	 * The dated events of one sentence's expressions, one per value and modifier, shown
	 * with the words given.
	 */
	private static void addEvents(List<DatedEvent> events, List<Timex> timexes, Sentence sentence, String shown,
			Section section) {
		Set<String> seen = new HashSet<>();
		for (Timex timex : timexes) {
			if (seen.add(timex.value() + "/" + timex.mod())) {
				events.add(new DatedEvent(timex.value(), timex.mod(), timex.expression(), sentence.index(),
						sentence.id(), shown, section.anchor()));
			}
		}
	}

	/** How many days before publication the day of an article's news may be. */
	private static final int NEWS_WITHIN_DAYS = 7;

	/**
	 * The first of the days found that lies in the week up to publication, the day of the
	 * news an article reports, or null.
	 */
	private static String newsDay(List<Timex> timexes, LocalDate dct) {
		if (dct == null) {
			return null;
		}
		for (Timex timex : timexes) {
			if (timex.value().length() == 10) {
				LocalDate day = LocalDate.parse(timex.value());
				if (!day.isAfter(dct) && !day.isBefore(dct.minusDays(NEWS_WITHIN_DAYS))) {
					return timex.value();
				}
			}
		}
		return null;
	}

	/**
	 * As {@link #tagInContext(String, LocalDate, String, Discourse)}, with the sentence
	 * already normalised ({@link #normalise}) and the day of the article's news, which
	 * quoted speech the text does not date was spoken on, or null; {@code told} reads
	 * every date of the sentence in the past, whatever its verbs (a quotation's
	 * attribution has none: "a spectator in the stands, on Friday").
	 */
	private List<Timex> tagInContext(String sentence, String text, LocalDate dct, String lang, Discourse discourse,
			String newsDay, boolean told) {
		Grammar grammar = this.grammars.of(lang).orElse(null);
		if (grammar == null) {
			return List.of();
		}
		Integer fiscalYearEnd = (discourse.fiscalYearEnd() != null) ? discourse.fiscalYearEnd()
				: grammar.fiscalYearEnd(text);
		List<Candidate> candidates = new ArrayList<>();
		grammar.candidates(text, candidates);
		List<Candidate> modified = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			Candidate withModifier = candidate;
			if (candidate.modifiable()) {
				Grammar.Modifier modifier = grammar.modifierBefore(text, candidate.begin());
				if (modifier != null) {
					withModifier = candidate.modifiedBy(modifier.begin(), modifier.mod());
				}
			}
			if (!withModifier.needsModifier()) {
				modified.add(withModifier);
			}
		}
		List<Candidate> chosen = longestFirst(modified);
		if (chosen.isEmpty()) {
			return List.of();
		}
		SentenceTenses tenses = new SentenceTenses(text, grammar.tenseCues());
		List<int[]> quotes = discourse.quoted() ? List.of(new int[] { 0, text.length() }) : quotedSpans(text);
		List<Candidate> narrated = new ArrayList<>();
		List<Candidate> spoken = new ArrayList<>();
		for (Candidate candidate : chosen) {
			(within(quotes, candidate.begin()) ? spoken : narrated).add(candidate);
		}
		List<Timex> timexes = new ArrayList<>();
		List<Timex> frames = new ArrayList<>();
		String last = discourse.previous();
		String anchor = null;
		Integer frameYear = null;
		String firstNarrated = null;
		for (Candidate candidate : narrated) {
			List<String> values = candidate.resolver()
				.resolve(
						new Resolution(dct, () -> told ? Tense.PAST : tenses.around(candidate.begin(), candidate.end()),
								last, grammar.yearPhrases, fiscalYearEnd, anchor, discourse.narrated(), true, frameYear)
							.naming(discourse.days())
							.afterQuarter(discourse.quarter())
							.onNewsDay(discourse.previousElsewhere() ? newsDay : null)
							.recalling(discourse.mentions())
							.dayByDay(discourse.dayByDay())
							.inClause(() -> told ? Tense.PAST : tenses.ownClause(candidate.begin(), candidate.end()))
							.inPluperfect(() -> !told && tenses.pluperfectBefore(candidate.begin())));
			for (String value : values) {
				Timex timex = new Timex(value, candidate.mod(), sentence.substring(candidate.begin(), candidate.end()),
						candidate.begin(), candidate.end());
				timexes.add(timex);
				if (candidate.frames() && value.length() == 4) {
					if (candidate.yields()) {
						frames.add(timex);
					}
					frameYear = Integer.valueOf(value);
				}
				else {
					anchor = value;
				}
				last = value;
				firstNarrated = (firstNarrated != null) ? firstNarrated : value;
			}
		}
		// a year phrase gives way to a finer date of that year right after it: "This
		// year's keynote, on May 19"
		for (Timex frame : frames) {
			// past the usual reach, only a possessive year phrase still frames a date of
			// its own clause
			int within = possessive(text, frame.end()) ? FRAMED_BY_POSSESSIVE_WITHIN : FRAMED_WITHIN;
			if (frame.mod() == null && timexes.stream()
				.anyMatch((other) -> other.value().length() > 4 && other.value().startsWith(frame.value())
						&& other.begin() >= frame.end() && other.begin() - frame.end() <= within
						&& text.substring(frame.end(), other.begin())
							.chars()
							.noneMatch((c) -> c == ':' || c == ';'
									|| (other.begin() - frame.end() > FRAMED_WITHIN && c == ',')))) {
				timexes.remove(frame);
			}
		}
		if (!spoken.isEmpty()) {
			// quoted speech is read from the day it was spoken: the date the sentence or
			// the quotation's introduction gives, when it does not hold publication; else
			// the day of the article's news ("he said on stage" of the keynote reported)
			String spokenOn = (discourse.spoken() != null) ? discourse.spoken()
					: (firstNarrated != null) ? firstNarrated
							: (toldOnTheDayBefore(discourse, tenses, quotes, told)) ? discourse.narrated() : newsDay;
			boolean earlier = spokenOn != null && !holdsPublication(spokenOn, dct);
			LocalDate speechDay = earlier ? speechDay(spokenOn) : dct;
			boolean exactDay = !earlier || spokenOn.length() == 10;
			// "le lendemain" in a quotation refers to what the speaker said, not to the
			// story told around
			String before = null;
			String speechAnchor = null;
			for (Candidate candidate : spoken) {
				List<String> values = candidate.resolver()
					.resolve(new Resolution(speechDay, () -> tenses.around(candidate.begin(), candidate.end()), before,
							grammar.yearPhrases, fiscalYearEnd, speechAnchor, null, exactDay, null)
						// a dispatch speaks day by day, its speakers do not: their
						// "today" may be "nowadays"
						.dayByDay(false)
						.dayAssumed(spokenOn == null)
						.inClause(() -> tenses.ownClause(candidate.begin(), candidate.end())));
				for (String value : values) {
					timexes
						.add(new Timex(value, candidate.mod(), sentence.substring(candidate.begin(), candidate.end()),
								candidate.begin(), candidate.end()));
					before = value;
					speechAnchor = value;
				}
			}
			timexes.sort(Comparator.comparingInt(Timex::begin));
		}
		return timexes;
	}

	/**
	 * Whether a sentence that gives no date of its own tells, in the past, speech it
	 * quotes, right after sentences of its paragraph told to the day: the speech was
	 * spoken on that day ("On March 3, Wang met students. He told them: 'Tomorrow we
	 * publish the weights.'"), and its "tomorrow" or "Friday" count from it.
	 */
	private static boolean toldOnTheDayBefore(Discourse discourse, SentenceTenses tenses, List<int[]> quotes,
			boolean told) {
		if (discourse.quoted() || discourse.narrated() == null || discourse.narrated().length() != 10
				|| quotes.isEmpty()) {
			return false;
		}
		int opening = quotes.get(0)[0];
		return told || (opening > 0 && tenses.around(opening - 1, opening) == Tense.PAST);
	}

	/**
	 * Whether a period holds the day of publication (speech of this day or this year is
	 * recent).
	 */
	private static boolean holdsPublication(String value, LocalDate dct) {
		return !Periods.start(value).isAfter(dct) && Periods.end(value).isAfter(dct);
	}

	/** The day a quotation was spoken: its day, or the last day of a longer period. */
	private static LocalDate speechDay(String value) {
		return (value.length() == 10) ? LocalDate.parse(value) : Periods.end(value).minusDays(1);
	}

	private static boolean within(List<int[]> spans, int offset) {
		for (int[] span : spans) {
			if (offset >= span[0] && offset < span[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The spans of a sentence between quotation marks: « », “ ” or straight double
	 * quotes.
	 */
	static List<int[]> quotedSpans(String text) {
		List<int[]> spans = new ArrayList<>();
		int open = -1;
		char closing = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (open < 0 && (c == '\u00ab' || c == '\u201c' || c == '"')) {
				open = i;
				closing = (c == '\u00ab') ? '\u00bb' : (c == '\u201c') ? '\u201d' : '"';
			}
			else if (open >= 0 && c == closing) {
				spans.add(new int[] { open, i + 1 });
				open = -1;
			}
		}
		return spans;
	}

	/**
	 * The tenses of one sentence, read only when a date needs one: the verb markers of
	 * the sentence are found once, the first time they are asked for.
	 */
	private static final class SentenceTenses {

		private final String text;

		private final TenseCues cues;

		private List<TenseDetector.Marker> markers;

		SentenceTenses(String text, TenseCues cues) {
			this.text = text;
			this.cues = cues;
		}

		/**
		 * Whether a future marker holds an offset or ends just before it ("sera lancé",
		 * "will be released").
		 */
		private boolean futureAt(int offset) {
			for (TenseDetector.Marker marker : this.markers) {
				if (marker.tense() == Tense.FUTURE && marker.begin() <= offset && marker.end() >= offset - 12) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The tense a strong verb form of the clause holding two offsets gives, or null;
		 * a verb on the other side of a subordinating word is another clause's ("agents
		 * will do the work that apps do today").
		 */
		Tense ownClause(int begin, int end) {
			if (this.markers == null) {
				this.markers = TenseDetector.markers(this.text, this.cues);
			}
			List<TenseDetector.Marker> strong = this.markers.stream().filter(TenseDetector.Marker::strong).toList();
			return TenseDetector.clauseTense(this.text,
					TenseDetector.sameClause(this.text, strong, begin, end, this.cues.todayClause()), begin, end);
		}

		/**
		 * Whether the words between two offsets stand in a relative clause without a verb
		 * form of the past or the future, opened after the last clause boundary and whose
		 * verb comes before the word at an offset that starts the duration ("models that
		 * go on sale from"; not "said that from April").
		 */
		private boolean inPresentRelativeClause(int durationStart, int begin, int end) {
			int from = durationStart;
			while (from > 0 && !TenseDetector.isClauseBoundary(this.text, from - 1)) {
				from--;
			}
			Matcher relative = this.cues.relative().matcher(this.text).region(from, durationStart);
			int opened = -1;
			while (relative.find()) {
				opened = relative.end();
			}
			return opened >= 0 && !this.text.substring(opened, durationStart).isBlank()
					&& ownClause(begin, end) == null;
		}

		/**
		 * The markers between the semicolons around two offsets: a semicolon joins two
		 * sentences, each with its own tense ("He gave no figure; the company publishes
		 * its results in April").
		 */
		private List<TenseDetector.Marker> sameSentence(int begin, int end) {
			int from = this.text.lastIndexOf(';', begin) + 1;
			int to = this.text.indexOf(';', end);
			int until = (to < 0) ? this.text.length() : to;
			return this.markers.stream().filter((m) -> m.begin() >= from && m.end() <= until).toList();
		}

		/**
		 * The markers without those that come after a word joining a second verb ("and",
		 * "et") after an expression, when a verb comes before it: "showed the model on
		 * Monday and will publish it in August" tells Monday by "showed".
		 */
		private List<TenseDetector.Marker> withoutJoinedAfter(List<TenseDetector.Marker> markers, int begin, int end) {
			if (markers.stream().noneMatch((m) -> m.end() <= begin)) {
				return markers;
			}
			return markers.stream()
				.filter((m) -> m.begin() < end
						|| !this.cues.coordinator().matcher(this.text).region(end, m.begin()).find())
				.toList();
		}

		/**
		 * Whether the verb form nearest before an offset, in the same part of the
		 * sentence, is a pluperfect ("Yu l'avait reconnu lors d'un forum, en août").
		 */
		boolean pluperfectBefore(int begin) {
			if (this.markers == null) {
				this.markers = TenseDetector.markers(this.text, this.cues);
			}
			int from = this.text.lastIndexOf(';', begin) + 1;
			TenseDetector.Marker nearest = null;
			for (TenseDetector.Marker marker : this.markers) {
				if (marker.begin() >= from && marker.end() <= begin
						&& (nearest == null || marker.begin() > nearest.begin())) {
					nearest = marker;
				}
			}
			return nearest != null && nearest.tense() == Tense.PAST
					&& this.cues.pluperfectAt(this.text, nearest.begin());
		}

		/** The tense that governs the words between two offsets. */
		Tense around(int begin, int end) {
			Tense directed = this.cues.directedBy(this.text, begin);
			if (directed != null) {
				return directed;
			}
			if (this.markers == null) {
				this.markers = TenseDetector.markers(this.text, this.cues);
			}
			int durationStart = this.cues.durationStart(this.text, begin);
			if (durationStart >= 0 && inPresentRelativeClause(durationStart, begin, end)) {
				// "orders for models that go on sale from the second quarter": what a
				// relative clause in the present starts from lies ahead, whatever the
				// verb of the sentence says
				return Tense.FUTURE;
			}
			if (this.cues.participle() != null) {
				int participle = this.cues.participle().before(this.text, begin);
				if (participle >= 0 && !futureAt(participle)) {
					// "les 380 milliards promis en février": the participle tells when,
					// whatever the verb
					return Tense.PAST;
				}
			}
			// a verb on the other side of a word that opens a clause, "that" too, is
			// another clause's, even between the same commas ("had added contracts in
			// the fourth quarter and that products would be ready")
			Tense clause = TenseDetector.clauseTense(this.text,
					withoutJoinedAfter(
							TenseDetector.sameClause(this.text, this.markers, begin, end, this.cues.relative()), begin,
							end),
					begin, end);
			if (clause == null && this.cues.participle() != null) {
				int opening = this.cues.participle().opening(this.text, begin);
				if (opening >= 0 && !futureAt(opening)) {
					// "le modèle R1, devenu célèbre fin janvier": a clause opened by a
					// participle tells of the past, whatever the verb of the sentence
					return Tense.PAST;
				}
			}
			Tense tense = (clause != null) ? clause : TenseDetector.sentenceTense(this.text,
					withoutJoinedAfter(sameSentence(begin, end), begin, end), begin, end, this.cues.subordinator());
			// what lasts in the present until a date lasts into the future: "the offer
			// runs until March"; what comes next is ahead: "Le prochain rendez-vous se
			// tient en juillet"
			return (tense == Tense.PRESENT
					&& (this.cues.endsADuration(this.text, begin) || this.cues.looksAhead(this.text, begin)))
							? Tense.FUTURE : tense;
		}

	}

	/**
	 * Keeps the longest of overlapping candidates (the earlier rule on a tie), in reading
	 * order.
	 */
	private static List<Candidate> longestFirst(List<Candidate> candidates) {
		List<Candidate> byLength = new ArrayList<>(candidates);
		byLength.sort(Comparator.comparingInt(Candidate::length).reversed());
		List<Candidate> chosen = new ArrayList<>();
		for (Candidate candidate : byLength) {
			boolean free = true;
			for (Candidate kept : chosen) {
				if (kept.overlaps(candidate)) {
					free = false;
					break;
				}
			}
			if (free) {
				chosen.add(candidate);
			}
		}
		chosen.sort(Comparator.comparingInt(Candidate::begin));
		return chosen;
	}

	/** Straight apostrophes, plain spaces and hyphens, without changing any offset. */
	static String normalise(String sentence) {
		char[] chars = sentence.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			switch (c) {
				case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> chars[i] = '\'';
				case '\u00a0', '\u202f', '\u2009', '\u2007' -> chars[i] = ' ';
				case '\u2010', '\u2011', '\u2012', '\u2013' -> chars[i] = '-';
				default -> {
				}
			}
		}
		return new String(chars);
	}

}
