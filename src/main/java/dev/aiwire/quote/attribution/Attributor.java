package dev.aiwire.quote.attribution;

import java.util.List;

import dev.aiwire.language.Words;
import dev.aiwire.markdown.BlockKind;
import dev.aiwire.quote.Confidence;
import dev.aiwire.quote.attribution.Quotation.Shape;
import dev.aiwire.quote.people.Cast;
import dev.aiwire.quote.people.Discourse;
import dev.aiwire.quote.people.Entity;
import dev.aiwire.quote.people.Mention;
import dev.aiwire.quote.reading.ArticleText;
import dev.aiwire.quote.reading.BlockText;
import dev.aiwire.quote.reading.QuoteWords;
import dev.aiwire.quote.reading.Token;

/**
 * Gives each quotation its speaker, trying the cues of the text in order until one
 * answers:
 * <ol>
 * <li>a block quotation: the editor's "— Name" line or the interview's label; the
 * quotation just before, when this one goes on without an introduction; the introduction
 * (the paragraph before ends with a colon or "que"/"that": its speech verb's subject, or
 * its subject whatever the verb, or "selon X"); the paragraph after ("C'est par ces mots
 * que X..."); the topic of the paragraph before;</li>
 * <li>an inline quotation: the clause after it ("», a tweeté X", "», a-t-il ajouté", "",
 * said X", "» de X", "», selon X"); the clause before it in its sentence ("X a déclaré
 * que « ... »", "selon X, « ... »", "X : « ... »"); the quotation before it in the
 * paragraph when it goes on; the sentence before when it opens its own; the topic of its
 * paragraph.</li>
 * </ol>
 * A cue that finds a crowd or an unnamed source settles the question with nobody.
 * References are read through the {@link Discourse}: a pronoun, a role or a surname
 * counts as who the text was about there, and the confidence says how sure that reading
 * was.
 */
public final class Attributor {

	/**
	 * The most words of a complement after an unnamed source ("d'une maison de
	 * courtage").
	 */
	private static final int MAX_COMPLEMENT_WORDS = 8;

	/**
	 * The most words a complement may set between a speech verb and its subject after it.
	 */
	private static final int MAX_INVERTED_COMPLEMENT = 5;

	/**
	 * The reason of a source that is a document whose issuer the text does not name.
	 */
	private static final String UNNAMED_DOCUMENT = "a document whose issuer the text does not name";

	private final ArticleText article;

	private final Cast cast;

	private final Discourse discourse;

	private final Interview interview;

	private final QuoteWords words;

	private final QuotationFinder finder;

	private Attribution lastBlock = Attribution.NONE;

	private int lastBlockIndex = -2;

	private Attribution lastInline = Attribution.NONE;

	private int lastInlineBlock = -1;

	private int lastInlineSentence = -1;

	public Attributor(ArticleText article, Cast cast, Discourse discourse, Interview interview) {
		this.article = article;
		this.cast = cast;
		this.discourse = discourse;
		this.interview = interview;
		this.words = article.words();
		this.finder = new QuotationFinder(article, interview);
	}

	/** The speaker of a quotation; quotations must be given in reading order. */
	public Attribution attribute(Quotation quotation) {
		if (quotation.kind() == dev.aiwire.quote.QuoteKind.BLOCK) {
			Attribution who = block(quotation);
			this.lastBlock = who;
			this.lastBlockIndex = quotation.block();
			return who;
		}
		return inline(quotation);
	}

	// ---- block quotations
	// -----------------------------------------------------------------------

	private Attribution block(Quotation quotation) {
		int index = quotation.block();
		if (quotation.label() != null) {
			return labelled(quotation);
		}
		if (index - 1 == this.lastBlockIndex && this.lastBlock.found() && !introduced(index)) {
			return this.lastBlock.atMost(Confidence.HIGH, "goes on from the quotation before");
		}
		int previous = previousNarration(index);
		if (previous >= 0) {
			BlockText intro = this.article.block(previous);
			if (introduces(intro)) {
				Attribution who = introduction(intro);
				if (who.found()) {
					return who;
				}
			}
		}
		Attribution after = following(index);
		if (after.found()) {
			return after;
		}
		if (previous < 0 && this.article.opensTheArticle(index)) {
			Attribution named = namedAfter(index);
			if (named.found()) {
				return named;
			}
		}
		if (previous >= 0) {
			BlockText before = this.article.block(previous);
			List<BlockText.Range> sentences = before.sentences();
			if (!sentences.isEmpty()) {
				Mention subject = this.discourse.subjectOf(previous, sentences.get(sentences.size() - 1));
				Attribution who = fromMention(subject, "subject of the sentence before");
				if (who.found()) {
					return who.atMost(Confidence.MEDIUM, who.reason());
				}
			}
			Entity topic = this.discourse.topicOf(previous);
			if (topic != null) {
				return Attribution.of(topic, Confidence.LOW, "topic of the paragraph before");
			}
		}
		return Attribution.NONE;
	}

	private Attribution labelled(Quotation quotation) {
		String label = quotation.label();
		if (quotation.shape() == Shape.INTERVIEW_ANSWER && this.interview.namesTheInterviewee(label, this.words)) {
			// the interviewee is the person the title names and the text names most
			Discourse.Resolution interviewee = this.discourse.mostMentioned(QuoteWords.Gender.UNKNOWN);
			boolean named = interviewee != null && interviewee.sure()
					&& this.discourse.namedInTitle().contains(interviewee.entity());
			if (named) {
				return Attribution.of(interviewee.entity(), Confidence.HIGH, "the interviewee");
			}
			Entity introduced = onlyPersonIntroduced();
			if (introduced != null) {
				return Attribution.of(introduced, Confidence.MEDIUM, "the one person the introduction names");
			}
			Entity presented = onlyPersonRightBeforeTheInterview();
			return (presented != null)
					? Attribution.of(presented, Confidence.MEDIUM,
							"the one person the paragraph opening the interview names")
					: Attribution.nobody("an interview's answer, its interviewee not named");
		}
		if (namesNoOne(nameOf(label))) {
			return Attribution.nobody("the editor's line names no one");
		}
		String reason = (quotation.shape() == Shape.INTERVIEW_ANSWER) ? "interview label" : "the editor's line";
		List<Entity> namesakes = this.cast.peopleNamed(nameOf(label));
		if (namesakes.size() > 1) {
			Entity before = lastNamedBefore(namesakes, quotation.block());
			return (before != null) ? Attribution.of(before, Confidence.HIGH, reason + ", the namesake named before")
					: Attribution.nobody(reason + " shared by several people");
		}
		return Attribution.of(this.cast.forName(nameOf(label)), Confidence.CERTAIN, reason);
	}

	/**
	 * "Pan:" in an interview with Pan Yue, whose text names Pan Lei further down: of
	 * several people a label may name, the one the text named last before the block; null
	 * when it named none of them.
	 */
	private Entity lastNamedBefore(List<Entity> people, int block) {
		Entity last = null;
		for (int b = 0; b < block; b++) {
			for (Mention mention : this.discourse.mentionsBetween(b, 0, this.article.block(b).size() - 1)) {
				if (mention.isNamed() && mention.last() > mention.first() && people.contains(mention.entity())) {
					last = mention.entity();
				}
			}
		}
		return last;
	}

	/**
	 * Whether an editor's line describes someone without naming them: "— a spectator in
	 * the stands", "— une salariée du groupe" open with a small letter or an indefinite
	 * determiner, never with a name.
	 */
	private boolean namesNoOne(String line) {
		if (line.isEmpty()) {
			return false;
		}
		String first = line.split("\\s+")[0];
		return Character.isLowerCase(line.charAt(0)) || this.words.isIndefinite(Words.fold(first));
	}

	/**
	 * The interviewee the title does not name: the one person the paragraphs before the
	 * first turn name ("Shen Dou dirige ... Nous l'avons interrogé"), or null when they
	 * name nobody or several people.
	 */
	private Entity onlyPersonIntroduced() {
		return onlyPersonNamedIn(0, this.interview.firstTurn());
	}

	/**
	 * The interviewee the paragraph just before the first turn presents ("we spoke with
	 * Fang Wenjie, who covers ...", "Zhao Haijun a répondu seul aux analystes") when the
	 * article named others before it: the one person that paragraph names, or null when
	 * it names nobody or several people.
	 */
	private Entity onlyPersonRightBeforeTheInterview() {
		int p = this.interview.firstTurn() - 1;
		while (p >= 0 && (this.article.isDebris(this.article.block(p))
				|| this.article.block(p).block().kind() == BlockKind.HEADING)) {
			p--;
		}
		if (p < 0 || !ArticleText.isNarration(this.article.block(p))) {
			return null;
		}
		return onlyPersonNamedIn(p, p + 1);
	}

	/**
	 * The one person the paragraphs from {@code from} up to {@code to} (excluded) name,
	 * or null when they name nobody or several people.
	 */
	private Entity onlyPersonNamedIn(int from, int to) {
		Entity only = null;
		for (int p = from; p < to; p++) {
			for (Mention mention : this.discourse.mentionsBetween(p, 0, this.article.block(p).size() - 1)) {
				Entity entity = mention.entity();
				if (mention.isNamed() && entity != null && entity.isPerson()) {
					if (only != null && only != entity) {
						return null;
					}
					only = entity;
				}
			}
		}
		return only;
	}

	/**
	 * The name part of a label: "Liang Wenfeng, fondateur de DeepSeek" gives "Liang
	 * Wenfeng".
	 */
	static String nameOf(String label) {
		String name = label.strip();
		while (!name.isEmpty() && "\u2014\u2013-~ ".indexOf(name.charAt(0)) >= 0) {
			name = name.substring(1);
		}
		for (String stop : List.of(",", "(", " \u2013 ", " - ")) {
			int at = name.indexOf(stop);
			if (at > 0) {
				name = name.substring(0, at);
			}
		}
		return name.strip();
	}

	private boolean introduced(int index) {
		int previous = previousNarration(index);
		return previous == index - 1 && introduces(this.article.block(previous));
	}

	/**
	 * The narration paragraph just before a block in its section (debris skipped), or -1.
	 */
	private int previousNarration(int index) {
		int section = this.article.block(index).block().sectionIndex();
		for (int p = index - 1; p >= 0; p--) {
			BlockText text = this.article.block(p);
			if (this.article.isDebris(text) || text.block().kind() == BlockKind.LIST_ITEM && p == index + 1) {
				continue;
			}
			boolean prose = ArticleText.isNarration(text) && text.block().kind() != BlockKind.HEADING
					&& !this.interview.isQuestion(p) && this.interview.answerLabel(p) == null;
			return (prose && text.block().sectionIndex() == section && p == index - 1 - debrisBetween(p, index)) ? p
					: -1;
		}
		return -1;
	}

	private int debrisBetween(int from, int to) {
		int count = 0;
		for (int p = from + 1; p < to; p++) {
			count += this.article.isDebris(this.article.block(p)) ? 1 : 0;
		}
		return count;
	}

	private boolean introduces(BlockText text) {
		return new QuotationFinder(this.article, this.interview).introduces(text);
	}

	/**
	 * The speaker an introduction names: in its last sentence, "selon X", the subject of
	 * its speech verb, or its subject whatever its verb ("X a présenté lors du forum :");
	 * a crowd settles it with nobody.
	 */
	private Attribution introduction(BlockText intro) {
		List<BlockText.Range> sentences = intro.sentences();
		if (sentences.isEmpty()) {
			return Attribution.NONE;
		}
		BlockText.Range last = sentences.get(sentences.size() - 1);
		int block = intro.block().index();
		for (int v = last.last(); v >= last.first(); v--) {
			if (!intro.isQuoted(v) && this.words.verbs().isSpeechVerb(intro.tokens(), v)) {
				Attribution who = speakerOfVerb(intro, last, v, "speech verb of the introduction");
				Mention adjacent = mentionEndingBefore(intro, v);
				if (who.speaker() != null || who.found() && adjacent != null && adjacent.isCrowd()) {
					// "the former employee answered:": an unnamed person right before the
					// verb settles it, whoever else the sentence names
					return who;
				}
				break;
			}
		}
		// "according to people who attended, the chief executive told staff:" names the
		// report's source:
		// it speaks only when no speech verb names the speaker
		Attribution according = according(intro, last.first(), last.last());
		if (according.found()) {
			return according;
		}
		Mention subject = this.discourse.subjectOf(block, last);
		Attribution who = fromMention(subject, "subject of the introduction");
		if (who.found()) {
			return who;
		}
		for (int s = sentences.size() - 2; s >= 0; s--) {
			Mention earlier = this.discourse.subjectOf(block, sentences.get(s));
			if (earlier != null) {
				return fromMention(earlier, "subject of the paragraph introducing it").atMost(Confidence.MEDIUM,
						"subject of the paragraph introducing it");
			}
		}
		return Attribution.NONE;
	}

	/**
	 * The paragraph after a quotation says who spoke: "C'est par cette phrase que X...",
	 * "X, lui, ...".
	 */
	/**
	 * The person a sentence opening on a noun for a saying names as its author: « La
	 * phrase est de Robin Li », "The words are Lei Jun's"; null otherwise.
	 */
	private Mention authorOfTheWords(BlockText text, BlockText.Range sentence) {
		int at = this.words.authorNamedAt(text, sentence);
		Mention named = (at >= 0) ? this.discourse.mentionAt(text.block().index(), at) : null;
		if (named == null || named.first() != at || !named.isNamed() || named.entity() == null
				|| !named.entity().isPerson()) {
			return null;
		}
		// "The line is Jensen Huang's": in English the name takes a possessive
		boolean possessive = named.last() + 1 < text.size() && text.token(named.last() + 1).isPossessive();
		return (possessive || this.words.isRoleLink(text.token(at - 1).key())) ? named : null;
	}

	private Attribution following(int index) {
		int next = index + 1;
		while (next < this.article.size() && (this.article.block(next).block().quoteDepth() > 0
				|| this.article.isDebris(this.article.block(next)))) {
			next++;
		}
		if (next >= this.article.size()) {
			return Attribution.NONE;
		}
		BlockText text = this.article.block(next);
		if (!ArticleText.isNarration(text) || text.block().kind() == BlockKind.HEADING || text.sentences().isEmpty()) {
			return Attribution.NONE;
		}
		BlockText.Range first = text.sentences().get(0);
		Mention author = authorOfTheWords(text, first);
		if (author != null) {
			return fromMention(author, "the paragraph after names the words' author");
		}
		boolean points = false;
		for (int i = first.first(); i <= first.last() && i <= first.first() + 8; i++) {
			String key = text.token(i).key();
			points |= this.words.isSayingNoun(key);
		}
		for (int v = first.first(); v <= first.last(); v++) {
			if (!text.isQuoted(v) && this.words.verbs().isSpeechVerb(text.tokens(), v)) {
				Attribution who = speakerOfVerb(text, first, v, "the paragraph after says who spoke");
				if (who.found()) {
					return points ? who : who.atMost(Confidence.MEDIUM, who.reason());
				}
			}
		}
		return Attribution.NONE;
	}

	/**
	 * Whether the subject of a sentence, before a token, is someone the text does not
	 * name ("d'autres développeurs", "some users").
	 */
	private boolean unnamedSubjectBefore(BlockText text, BlockText.Range sentence, int open) {
		for (Mention mention : this.discourse.mentionsBetween(text.block().index(), sentence.first(), open - 1)) {
			if (mention.subject()) {
				return mention.isCrowd() && mention.entity() == null;
			}
		}
		return false;
	}

	/**
	 * An epigraph's author: the first person the paragraph after it names.
	 */
	private Attribution namedAfter(int index) {
		int next = index + 1;
		while (next < this.article.size() && !ArticleText.isNarration(this.article.block(next))) {
			next++;
		}
		if (next >= this.article.size()) {
			return Attribution.NONE;
		}
		BlockText text = this.article.block(next);
		for (Mention mention : this.discourse.mentionsBetween(next, 0, text.size() - 1)) {
			if (mention.isNamed() && mention.entity() != null && mention.entity().isPerson()) {
				return fromMention(mention, "the epigraph's author, named right after it").atMost(Confidence.MEDIUM,
						"the epigraph's author, named right after it");
			}
		}
		return Attribution.NONE;
	}

	// ---- inline quotations
	// ----------------------------------------------------------------------

	private Attribution inline(Quotation quotation) {
		BlockText text = this.article.block(quotation.block());
		BlockText.Span span = quotation.span();
		BlockText.Range sentence = text.sentenceOf(Math.max(0, span.open()));
		int sentenceNumber = text.sentenceNumberOf(Math.max(0, span.open()));
		Attribution who = after(text, span, sentence);
		if (!who.found()) {
			who = asideAfter(text, span, sentence);
		}
		if (!who.found()) {
			who = before(text, span, sentence);
		}
		if (quotation.shape() == Shape.NESTED) {
			return who.found() ? who : Attribution.nobody("quoted by the speaker");
		}
		if (!who.found() && this.lastInlineBlock == quotation.block() && sentenceNumber - this.lastInlineSentence <= 1
				&& this.lastInline.speaker() != null) {
			// "D'autres développeurs ont publié des pages qu'ils jugent « ... »": a
			// sentence whose subject is someone unnamed does not go on with the speaker
			// before
			who = unnamedSubjectBefore(text, sentence, span.open())
					? Attribution.nobody("said by someone the text does not name")
					: this.lastInline.atMost(Confidence.MEDIUM, "goes on from the quotation before");
		}
		boolean opensSentence = wordsBetween(text, sentence.first(), span.open()) == 0;
		if (!who.found() && opensSentence && wholeParagraph(text, span)) {
			who = block(new Quotation(dev.aiwire.quote.QuoteKind.BLOCK, Shape.PASTED_BLOCK, quotation.block(),
					quotation.text(), null, null));
		}
		if (!who.found() && opensSentence && sentenceNumber > 0) {
			BlockText.Range previous = text.sentences().get(sentenceNumber - 1);
			for (int v = previous.last(); v >= previous.first(); v--) {
				if (!text.isQuoted(v) && this.words.verbs().isSpeechVerb(text.tokens(), v)) {
					who = speakerOfVerb(text, previous, v, "the sentence before says who spoke")
						.atMost(Confidence.MEDIUM, "the sentence before says who spoke");
					break;
				}
			}
		}
		if (!who.found()) {
			Entity topic = this.discourse.topicOf(quotation.block());
			if (topic != null && topic.isPerson() && !crowdIn(text)) {
				who = Attribution.of(topic, Confidence.LOW, "topic of the paragraph");
			}
		}
		if (who.speaker() != null) {
			this.lastInline = who;
			this.lastInlineBlock = quotation.block();
			this.lastInlineSentence = sentenceNumber;
		}
		return who;
	}

	/**
	 * The clause after a quotation: "», a déclaré X", "», a-t-il ajouté", "", X said", "»
	 * de X", "», selon X".
	 */
	private Attribution after(BlockText text, BlockText.Span span, BlockText.Range sentence) {
		int dash = span.close() + 1;
		while (dash < text.size() && (text.token(dash).endsSentence() || text.token(dash).is(","))) {
			dash++;
		}
		if (dash + 1 < text.size() && text.token(dash).isDash()) {
			// "« ... » — Liang Wenfeng": the editor's line, in the paragraph itself
			Mention named = this.discourse.mentionAt(text.block().index(), dash + 1);
			if (named != null && named.isNamed()) {
				return Attribution.of(named.entity(), Confidence.CERTAIN, "the editor's line");
			}
			int end = dash + 1;
			while (end < text.size() && text.token(end).isWord()) {
				end++;
			}
			String written = text.text().substring(text.token(dash + 1).start(), text.token(end - 1).end());
			if (namesNoOne(nameOf(written))) {
				return Attribution.nobody("the editor's line names no one");
			}
			return Attribution.of(this.cast.forName(nameOf(written)), Confidence.CERTAIN, "the editor's line");
		}
		int i = span.close() + 1;
		int end = clauseEnd(text, i, sentence);
		while (i <= end && (text.token(i).is(",") || text.token(i).isDash() || text.token(i).is(")"))) {
			i++;
		}
		if (i > end) {
			return Attribution.NONE;
		}
		boolean inverted = false;
		for (int k = i; k <= end && k <= i + 2; k++) {
			inverted |= text.token(k).inverted();
		}
		if (this.words.isClauseOpener(text.token(i).key()) && !this.words.isComplementizer(text.token(i).key())
				&& !inverted) {
			// "X said the goal was "...", and warned fans that ...": a new clause, not
			// this quotation's attribution ("», s'est-il contenté de répondre" is one:
			// the inverted verb after "s'" makes it reflexive, not "si")
			return Attribution.NONE;
		}
		if (this.words.isRoleLink(text.token(i).key()) && i == span.close() + 1) {
			// "le « drill, baby, drill » de Donald Trump"
			Mention owner = this.discourse.mentionAt(text.block().index(), i + 1);
			if (owner != null && owner.isNamed()) {
				return fromMention(owner, "words the text gives to someone");
			}
		}
		Attribution according = according(text, i, end);
		if (according.found() && !isMedia(according)) {
			return according;
		}
		// "», s'est-il contenté de répondre", "», s'est-elle bornée à rappeler": an
		// inverted subject marks the clause as the quotation's, its speech verb may come
		// a little later
		int reach = inverted ? i + 5 : i + 3;
		for (int v = i; v <= end && v <= reach; v++) {
			if (this.words.verbs().isSpeechVerbAfterQuote(text.tokens(), v)) {
				Attribution spoke = speakerOfVerb(text, new BlockText.Range(i, end), v,
						"speech verb after the quotation");
				// "", Wang said, according to Reuters": the outlet reports, the person
				// speaks
				return (according.found() && (!spoke.found() || isMedia(spoke))) ? according : spoke;
			}
		}
		if (according.found()) {
			return according;
		}
		// "", Huang said", "», Liang Wenfeng l'a dit"
		Mention mention = this.discourse.mentionAt(text.block().index(), i);
		if (mention != null) {
			int from = mention.last() + 1;
			if (from <= end && text.token(from).is(",")) {
				// "", Andrej Karpathy, a founding member of OpenAI, wrote": skip the
				// aside
				int close = from + 1;
				while (close <= end && close <= from + 14 && !text.token(close).is(",")) {
					close++;
				}
				if (close <= end && text.token(close).is(",")) {
					from = close + 1;
				}
			}
			for (int v = from; v <= end && v <= from + 3; v++) {
				if (this.words.verbs().isSpeechVerbAfterQuote(text.tokens(), v)) {
					return fromMention(mention, "speech verb after the quotation");
				}
			}
		}
		return Attribution.NONE;
	}

	/**
	 * "Xiaomi would be "..." in how it sells the car, he said, and ...": a speaker set
	 * between commas further on in the clause of the quotation says who spoke, before the
	 * subject of that clause does. Not past another quotation, nor past ", and" or ",
	 * but", which open another clause.
	 */
	private Attribution asideAfter(BlockText text, BlockText.Span span, BlockText.Range sentence) {
		int block = text.block().index();
		for (int k = span.close() + 1; k < sentence.last(); k++) {
			if (text.isQuoted(k) && termAt(text, k) == null) {
				return Attribution.NONE;
			}
			if (!text.token(k).is(",")) {
				continue;
			}
			String next = text.token(k + 1).key();
			if (this.words.isClauseOpener(next) && !this.words.isComplementizer(next)) {
				return Attribution.NONE;
			}
			Mention mention = this.discourse.mentionAt(block, k + 1);
			if (mention == null || mention.first() != k + 1 || mention.last() + 1 > sentence.last()) {
				continue;
			}
			int verb = mention.last() + 1;
			boolean closed = verb + 1 > sentence.last() || text.token(verb + 1).is(",")
					|| text.token(verb + 1).endsSentence();
			if (closed && this.words.verbs().isSpeechVerbAfterQuote(text.tokens(), verb)) {
				return fromMention(mention, "speaker set between commas after the quotation");
			}
		}
		return Attribution.NONE;
	}

	/**
	 * The clause before a quotation in its sentence: "X a déclaré que « »", "selon X, «
	 * »", "X : « »".
	 */
	private Attribution before(BlockText text, BlockText.Span span, BlockText.Range sentence) {
		int open = span.open();
		int from = sentence.first();
		for (int i = open - 1; i >= sentence.first(); i--) {
			if (text.isQuoted(i)) {
				BlockText.Span term = termAt(text, i);
				if (term != null) {
					// "said that its "supernode" approach would "...": a term in marks
					// does not cut the clause that reports the quotation
					i = term.open();
					continue;
				}
				from = i + 1;
				break;
			}
		}
		if (from >= open) {
			return Attribution.NONE;
		}
		Attribution according = according(text, from, open - 1);
		if (!according.found() && from > sentence.first()) {
			// "Selon lui, là où d'autres veulent « ... », Baichuan veut « ... »": the
			// source opening the sentence holds for each of its quotations
			according = according(text, sentence.first(), sentence.first());
		}
		int block = text.block().index();
		int verb = -1;
		for (int v = from; v < open; v++) {
			if (this.words.verbs().isSpeechVerb(text.tokens(), v)) {
				verb = v;
			}
		}
		verb = reportingVerb(text, from, verb);
		if (according.found() && !isMedia(according)) {
			Attribution person = (verb >= 0) ? personReported(text, from, open, verb, according) : Attribution.NONE;
			return person.found() ? person : according;
		}
		for (int h = Math.max(verb + 1, from); h < open; h++) {
			if (!text.isQuoted(h) && this.words.isHearingVerb(text.tokens(), h)) {
				// "he recalled hearing the same sentence again and again: « »": others
				// said it, not the one who heard it
				return Attribution.nobody("heard from someone the text does not name");
			}
		}
		Token justBefore = text.token(open - 1);
		boolean announced = justBefore.is(":") || this.words.isComplementizer(justBefore.key());
		if (verb >= 0) {
			Attribution spoke = speakerOfVerb(text, new BlockText.Range(from, open - 1), verb,
					"speech verb before the quotation");
			// "selon 36Kr, Wang a déclaré que « ... »": the outlet reports, the person
			// speaks
			Attribution who = (according.found() && (!spoke.found() || isMedia(spoke))) ? according : spoke;
			if (who.found() || !justBefore.is(":")) {
				return who;
			}
			// "Interrogé sur ..., il s'était agacé : « »": the verb named nobody, the
			// subject after it introduces the words
		}
		else if (according.found()) {
			return according;
		}
		Attribution joined = reporterOfAJoinedClause(text, sentence, from, open);
		if (joined.found()) {
			return joined;
		}
		Mention subject = null;
		for (Mention mention : this.discourse.mentionsBetween(block, Math.max(from, verb + 1), open - 1)) {
			if (mention.subject()) {
				subject = mention;
			}
		}
		if (subject != null) {
			Attribution who = fromMention(subject, "subject of the sentence");
			String pseudonym = (who.speaker() == null && subject.isCrowd()) ? pseudonymBefore(text, open) : null;
			if (pseudonym != null) {
				// "an investor account called "Old Hand" summed up the mood: « »"
				return Attribution.of(this.cast.forName(pseudonym), Confidence.MEDIUM,
						"the pseudonym the source signs with");
			}
			return announced ? who.atMost(Confidence.HIGH, "subject of the sentence")
					: who.atMost(Confidence.MEDIUM, "subject of the sentence");
		}
		return Attribution.NONE;
	}

	/**
	 * The verb that reports a quotation: "Il a précisé que le groupe continuerait de
	 * proposer ... et que « ... »": a speech verb inside the clause another speech verb
	 * reports (after its "que" / "that") belongs to what is reported, and the first
	 * verb's subject speaks.
	 */
	private int reportingVerb(BlockText text, int from, int verb) {
		int reporting = verbReportingAClause(text, from, verb);
		return (reporting >= 0 && !closesBefore(text, reporting, verb)) ? reporting : verb;
	}

	/**
	 * "In March, when reports said that the licence was running out, he wrote that « »":
	 * a speech verb inside a clause that opens before the main one ("when", "alors que")
	 * and closes on its comma reports only that clause, not the main verb after the
	 * comma.
	 */
	private boolean closesBefore(BlockText text, int reporting, int verb) {
		BlockText.Range sentence = text.sentenceOf(reporting);
		for (int p = reporting - 1; p >= sentence.first(); p--) {
			boolean clauseStart = p == sentence.first() || text.token(p - 1).is(",");
			if (clauseStart && this.words.adverbialOpenerAt(text.tokens(), p) > 0) {
				for (int c = reporting + 1; c < verb; c++) {
					if (text.token(c).is(",")) {
						return true;
					}
				}
				return false;
			}
			if (text.token(p).is(",")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "He said that its lead was « », and that the company would need « »": the words
	 * before the quotation, cut by the quotation before it, open with "and that" / "et
	 * que", so their clause is joined to one a speech verb earlier in the sentence
	 * reports; the subject of that verb speaks, not the subject of the joined clause.
	 * NONE when nothing joins the clause to a reported one.
	 */
	private Attribution reporterOfAJoinedClause(BlockText text, BlockText.Range sentence, int from, int open) {
		if (from <= sentence.first()) {
			return Attribution.NONE;
		}
		boolean joined = false;
		for (int c = from + 1; c < open && !joined; c++) {
			joined = !text.isQuoted(c) && this.words.isComplementizer(text.token(c).key())
					&& this.words.isCoordinator(text.token(c - 1).key());
		}
		int reporting = joined ? verbReportingAClause(text, sentence.first(), from) : -1;
		for (int v = sentence.first(); joined && reporting < 0 && v < from; v++) {
			// "He said in a note last Wednesday that": the "that" of the first clause may
			// stand further from its verb than the words that usually part them
			if (!text.isQuoted(v) && this.words.verbs().isSpeechVerb(text.tokens(), v)
					&& complementizerBetween(text, v + 1, from)) {
				reporting = v;
			}
		}
		if (reporting < 0) {
			return Attribution.NONE;
		}
		return speakerOfVerb(text, new BlockText.Range(sentence.first(), open - 1), reporting,
				"speech verb reporting the clause this one is joined to");
	}

	/**
	 * Whether a "que" / "that" outside quotation marks stands from one token to another.
	 */
	private boolean complementizerBetween(BlockText text, int from, int to) {
		for (int c = from; c < to; c++) {
			if (!text.isQuoted(c) && this.words.isComplementizer(text.token(c).key())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first speech verb from {@code from} on, before {@code to}, followed within
	 * three words by its "que" / "that": the clause it opens is what it reports. -1 when
	 * none.
	 */
	private int verbReportingAClause(BlockText text, int from, int to) {
		for (int v = from; v >= 0 && v < to; v++) {
			if (text.isQuoted(v) || !this.words.verbs().isSpeechVerb(text.tokens(), v)) {
				continue;
			}
			for (int c = v + 1; c < to && c <= v + 3; c++) {
				if (this.words.isComplementizer(text.token(c).key())) {
					return v;
				}
			}
		}
		return -1;
	}

	/**
	 * "According to the ministry's readout, Wang expressed « »": the organisation's
	 * account is where the words are reported, the person it names as the subject of the
	 * speech verb said them. Only a person named in full or by surname counts, never a
	 * pronoun or a role; otherwise nobody.
	 */
	private Attribution personReported(BlockText text, int from, int open, int verb, Attribution according) {
		boolean unnamedDocument = UNNAMED_DOCUMENT.equals(according.reason());
		if (according.speaker() == null && !unnamedDocument
				|| according.speaker() != null && according.speaker().isPerson()) {
			return Attribution.NONE;
		}
		Attribution spoke = speakerOfVerb(text, new BlockText.Range(from, open - 1), verb,
				"speech verb of the person the account names");
		boolean named = false;
		for (Mention mention : this.discourse.mentionsBetween(text.block().index(), from, verb - 1)) {
			named |= mention.isNamed() && mention.entity() == spoke.speaker();
		}
		return (named && spoke.speaker() != null && spoke.speaker().isPerson()) ? spoke : Attribution.NONE;
	}

	/**
	 * The span in quotation marks around a token when it is a term, a title or a name
	 * rather than a quotation; null otherwise.
	 */
	private BlockText.Span termAt(BlockText text, int token) {
		for (BlockText.Span span : text.spans()) {
			if (span.open() >= 0 && span.open() <= token && token <= Math.max(span.close(), span.lastToken())) {
				return this.finder.isQuotation(text, span) ? null : span;
			}
		}
		return null;
	}

	/**
	 * "selon X", "d'après lui", "according to the ministry", "pour X," between two
	 * tokens.
	 */
	private Attribution according(BlockText text, int from, int to) {
		int block = text.block().index();
		for (int i = from; i <= to; i++) {
			if (text.isQuoted(i)) {
				continue;
			}
			int strong = this.words.accordingAt(text.tokens(), i, false);
			int any = (strong > 0) ? strong : this.words.accordingAt(text.tokens(), i, true);
			if (any == 0) {
				continue;
			}
			Mention mention = this.discourse.mentionAt(block, i + any);
			if (mention == null || mention.first() != i + any) {
				Attribution issuer = (strong > 0) ? documentIssuer(text, i + any) : Attribution.NONE;
				if (issuer.found()) {
					return issuer;
				}
				continue;
			}
			if (strong == 0 && !opensWeakSource(text, i)) {
				continue;
			}
			if (strong == 0) {
				// "pour X, ..." attributes only when a comma closes the name; "pour un
				// analyste d'une maison de courtage, ...": an unnamed person's complement
				// may stand before it
				int after = mention.last() + 1;
				int reach = mention.isCrowd() ? after + MAX_COMPLEMENT_WORDS : after;
				while (after < reach && after <= to && after < text.size() && text.token(after).isWord()
						&& !text.isQuoted(after)) {
					after++;
				}
				if (after >= text.size() || !text.token(after).is(",")) {
					continue;
				}
			}
			return fromMention(mention, "\"" + text.token(i).text() + "\" names the source");
		}
		return Attribution.NONE;
	}

	/**
	 * Whether a weak source word ("pour", "for") opens a clause of its own and reports
	 * nobody else's words: not after a noun ("a price for HSD, saying ..."), nor inside
	 * the clause a speech verb reports ("un autre répondait que l'hiver, pour SMIC, « ...
	 * »": the one who answers speaks).
	 */
	private boolean opensWeakSource(BlockText text, int at) {
		BlockText.Range sentence = text.sentenceOf(at);
		if (at > sentence.first() && text.token(at - 1).isWord()) {
			return false;
		}
		return verbReportingAClause(text, sentence.first(), at) < 0;
	}

	/**
	 * "d'après un communiqué d'AgiBot", "according to a statement from the ministry",
	 * "selon le texte": a document is the source, and whoever issued it speaks; when the
	 * text names no issuer after it, nobody it names does, not the subject of the
	 * sentence. NONE when no document stands there.
	 */
	private Attribution documentIssuer(BlockText text, int at) {
		int noun = at;
		if (noun < text.size() && (this.words.isDeterminer(text.token(noun).key()))) {
			noun++;
		}
		if (noun >= text.size() || text.isQuoted(noun) || !this.words.isSourceDocument(text.token(noun).key())) {
			return Attribution.NONE;
		}
		int link = noun + 1;
		if (link + 1 < text.size() && this.words.isIssuerLink(text.token(link).key())) {
			Mention issuer = this.discourse.mentionAt(text.block().index(), link + 1);
			if (issuer != null && issuer.first() == link + 1) {
				Attribution who = fromMention(issuer, "the document's issuer names the source");
				if (who.found()) {
					return who;
				}
			}
		}
		return Attribution.nobody(UNNAMED_DOCUMENT);
	}

	/**
	 * The subject of a speech verb: an inverted pronoun ("a-t-il"), the subject of its
	 * clause before it ("Huang told reporters"), or, when none stands there, a name right
	 * after it ("», a déclaré X", "said Huang"); never the complement of a preposition
	 * ("sur Weibo", "to 36Kr").
	 */
	private Attribution speakerOfVerb(BlockText text, BlockText.Range clause, int verb, String reason) {
		Attribution who = subjectOfVerb(text, clause, verb, reason);
		String platformAccount = pseudonymOfAPlatformAccount(text, verb, who.speaker());
		if (platformAccount != null) {
			// "Le compte Weibo « Vieux Codeur » a jugé ...": the account speaks, not the
			// platform it posts on
			return Attribution.of(this.cast.forName(platformAccount), Confidence.MEDIUM,
					"the pseudonym the source signs with");
		}
		if (who.speaker() == null) {
			// "A former athlete who writes under the name "Lao Pao" complained that": the
			// unnamed subject signs with a pseudonym, which names the source
			String pseudonym = pseudonymBefore(text, verb);
			if (pseudonym == null && pronounOfAnUnnamedPerson(text, clause, verb)) {
				// "a blogger who posts as "Lens Grandpa" was less impressed. "...," he
				// wrote": the pronoun goes on with the unnamed person, whom the pseudonym
				// names
				pseudonym = pseudonymEarlierInTheParagraph(text, verb);
			}
			if (pseudonym != null) {
				return Attribution.of(this.cast.forName(pseudonym), Confidence.MEDIUM,
						"the pseudonym the source signs with");
			}
		}
		return who;
	}

	/**
	 * Whether the subject of a verb is a singular pronoun ("he wrote", "écrit-il") that
	 * the discourse read as a person the text does not name.
	 */
	private boolean pronounOfAnUnnamedPerson(BlockText text, BlockText.Range clause, int verb) {
		int block = text.block().index();
		Mention subject;
		if (verb + 1 < text.size() && text.token(verb + 1).inverted()) {
			subject = this.discourse.mentionAt(block, verb + 1);
		}
		else {
			List<Mention> before = this.discourse.mentionsBetween(block, clause.first(), verb - 1);
			subject = before.isEmpty() ? null : before.get(before.size() - 1);
		}
		if (subject == null) {
			return false;
		}
		QuoteWords.Pronoun pronoun = this.words.pronoun(text.token(subject.first()).key());
		return subject.isCrowd() && subject.entity() == null && subject.first() == subject.last() && pronoun != null
				&& !pronoun.plural() && !pronoun.neuter();
	}

	/**
	 * The last pseudonym the paragraph gave before a verb's sentence ("an account called
	 * "Semiconductor Old Hand""), or null when it gave none or named a person after it.
	 */
	private String pseudonymEarlierInTheParagraph(BlockText text, int verb) {
		BlockText.Range sentence = text.sentenceOf(verb);
		BlockText.Span last = null;
		for (BlockText.Span span : text.spans()) {
			if (span.close() >= 0 && span.close() < sentence.first() && this.finder.isPseudonym(text, span)) {
				last = span;
			}
		}
		if (last == null) {
			return null;
		}
		for (Mention mention : this.discourse.mentionsBetween(text.block().index(), last.close() + 1, verb - 1)) {
			if (mention.isNamed() && mention.entity() != null && mention.entity().isPerson()) {
				return null;
			}
		}
		return text.words(last);
	}

	/**
	 * The pseudonym right after the platform a verb's subject names ("le compte Weibo «
	 * Vieux Codeur »"), or null when the subject is no platform named so.
	 */
	private String pseudonymOfAPlatformAccount(BlockText text, int verb, Entity subject) {
		if (subject == null) {
			return null;
		}
		BlockText.Range sentence = text.sentenceOf(verb);
		for (BlockText.Span span : text.spans()) {
			int platform = span.open() - 1;
			if (span.open() >= sentence.first() && span.close() >= 0 && span.close() < verb
					&& this.words.pseudonymCue(text, span) == platform - 1) {
				Mention named = this.discourse.mentionAt(text.block().index(), platform);
				if (named != null && named.entity() == subject) {
					return text.words(span);
				}
			}
		}
		return null;
	}

	/** The pseudonym in quotation marks in a verb's sentence before it, or null. */
	private String pseudonymBefore(BlockText text, int verb) {
		BlockText.Range sentence = text.sentenceOf(verb);
		for (BlockText.Span span : text.spans()) {
			if (span.open() >= sentence.first() && span.close() >= 0 && span.close() < verb
					&& this.finder.isPseudonym(text, span)) {
				return text.words(span);
			}
		}
		return null;
	}

	private Attribution subjectOfVerb(BlockText text, BlockText.Range clause, int verb, String reason) {
		int block = text.block().index();
		if (verb + 1 < text.size() && text.token(verb + 1).inverted()) {
			return fromMention(this.discourse.mentionAt(block, verb + 1), reason);
		}
		Mention subject = null;
		Mention nearest = null;
		Mention pronoun = null;
		for (Mention mention : this.discourse.mentionsBetween(block, clause.first(), verb - 1)) {
			if (mention.subject()) {
				subject = mention;
			}
			if (!afterPreposition(text, mention)) {
				nearest = mention;
			}
			if (isSubjectPronoun(text, mention)) {
				pronoun = mention;
			}
		}
		Mention opener = beforeAnAside(text, clause, verb);
		if (opener != null) {
			// "Bai Ming, a researcher at the Academy of ..., said": the aside names
			// others
			return fromMention(opener, reason);
		}
		Mention unnamed = unnamedBeforeAnAside(text, clause, verb);
		if (unnamed != null) {
			// "An engineer, asked whether it would be ready, laughed and said": the aside
			// names others, the unnamed one opening the clause speaks
			return fromMention(unnamed, reason);
		}
		Mention adjacent = mentionEndingBefore(text, verb);
		if (adjacent != null) {
			// "which Zhou said", "Apple, a-t-il raconté": a reference right before its
			// verb is its subject
			return fromMention(adjacent, reason);
		}
		Mention main = (subject != null && verb > 0 && this.words.isClauseOpener(text.token(verb - 1).key())
				&& !this.words.isComplementizer(text.token(verb - 1).key())) ? mainSubject(text, clause, verb) : null;
		if (main != null) {
			// "He spent the hour explaining why the company cared about agents, and
			// declared that": a verb after "and" shares the subject of the main clause,
			// not of a clause opened by "why" or "que" before it
			return fromMention(main, reason);
		}
		if (subject != null) {
			return fromMention(subject, reason);
		}
		if (pronoun != null) {
			// "on Friday night he thanked the team and wrote that": "he" is a subject
			// wherever it stands, "the team" the object of another verb
			return fromMention(pronoun, reason);
		}
		if (nearest != null) {
			return fromMention(nearest, reason);
		}
		boolean coordinated = verb > 0 && this.words.isClauseOpener(text.token(verb - 1).key())
				&& !this.words.isComplementizer(text.token(verb - 1).key());
		boolean pastComplement = false;
		int reach = verb + 4;
		for (int i = verb + 1; !coordinated && i <= clause.last() && i <= reach; i++) {
			// "said X": the name right after the verb; not after "and warned fans", whose
			// subject came before
			Token token = text.token(i);
			if (this.words.isPreposition(token.key()) && i == verb + 1 && !text.isQuoted(i)
					&& followsAQuotation(text, clause.first())) {
				// "plaisantait à la sortie un ingénieur": a short complement may stand
				// between the verb and its subject, whatever it names
				pastComplement = true;
				reach = verb + 1 + MAX_INVERTED_COMPLEMENT;
				continue;
			}
			if (text.isQuoted(i)
					|| !token.isWord() && !token.isPossessive() && !(pastComplement && token.isApostrophe())
					|| this.words.isPreposition(token.key()) && !pastComplement
					|| this.words.isClauseOpener(token.key())) {
				break;
			}
			Mention after = this.discourse.mentionAt(block, i);
			if (after != null && after.first() == i && pastComplement && afterPreposition(text, after)) {
				i = after.last();
				continue;
			}
			int qualified = (after != null && after.first() == i) ? roleQualifiedBy(text, after) : -1;
			if (qualified > 0) {
				// "said Alibaba chairman Joe Tsai": the company only says where the role
				// is held, the name after the role speaks
				i = qualified;
				continue;
			}
			if (after != null && after.first() == i) {
				if (after.isNamed() || after.isCrowd() || after.form() == Mention.Form.ROLE
						|| after.form() == Mention.Form.ORGANISATION_NOUN) {
					return fromMention(after, reason);
				}
				break;
			}
		}
		// the subject may open the sentence before this clause: "Jensen Huang, qui ..., a
		// déclaré"
		BlockText.Range sentence = text.sentenceOf(verb);
		for (Mention mention : this.discourse.mentionsBetween(block, sentence.first(), verb - 1)) {
			if (mention.subject()) {
				return fromMention(mention, reason);
			}
		}
		return Attribution.NONE;
	}

	/**
	 * The first subject in a clause before a verb that no clause opener ("why", "while",
	 * "que") puts in a clause of its own, or null.
	 */
	private Mention mainSubject(BlockText text, BlockText.Range clause, int verb) {
		for (Mention mention : this.discourse.mentionsBetween(text.block().index(), clause.first(), verb - 1)) {
			int before = mention.first() - 1;
			if (mention.subject()
					&& (before < clause.first() || !this.words.isClauseOpener(text.token(before).key()))) {
				return mention;
			}
		}
		return null;
	}

	/** "he", "elle", "they": a pronoun that can only be a subject. */
	private boolean isSubjectPronoun(BlockText text, Mention mention) {
		if (mention.form() != Mention.Form.PRONOUN || mention.first() != mention.last()) {
			return false;
		}
		QuoteWords.Pronoun pronoun = this.words.pronoun(text.token(mention.first()).key());
		return pronoun != null && pronoun.subject();
	}

	/**
	 * The name opening a clause when an aside set between commas stands between it and
	 * its verb ("X, a leading expert on ..., said", "X, qui dirige ..., a déclaré"); null
	 * otherwise.
	 */
	private Mention beforeAnAside(BlockText text, BlockText.Range clause, int verb) {
		if (verb - 1 <= clause.first() || !text.token(verb - 1).is(",")) {
			return null;
		}
		int first = clause.first();
		while (first < verb && !text.token(first).isWord()) {
			first++;
		}
		for (Mention mention : this.discourse.mentionsBetween(text.block().index(), first, verb - 1)) {
			boolean opens = mention.first() == first && mention.last() + 1 < verb - 1
					&& text.token(mention.last() + 1).is(",");
			return (opens && mention.isNamed()) ? mention : null;
		}
		return null;
	}

	/**
	 * Someone unnamed opening a clause, an aside set between commas after them and no
	 * other subject between the aside and the verb: "Un ingénieur, interrogé sur ..., a
	 * ri et répondu", "An engineer, asked whether it would be ready, laughed and said";
	 * null otherwise.
	 */
	private Mention unnamedBeforeAnAside(BlockText text, BlockText.Range clause, int verb) {
		int first = clause.first();
		while (first < verb && !text.token(first).isWord()) {
			first++;
		}
		int block = text.block().index();
		Mention opener = this.discourse.mentionAt(block, first);
		if (opener == null || !opener.isCrowd() || opener.first() != first || opener.last() + 1 >= verb) {
			return null;
		}
		// a short complement may stand before the comma: "A person close to DeepSeek,
		// who asked not to be named because the company ..., told"
		int comma = opener.last() + 1;
		while (comma < verb && comma <= opener.last() + MAX_COMPLEMENT_WORDS && text.token(comma).isWord()) {
			comma++;
		}
		if (comma >= verb || !text.token(comma).is(",")) {
			return null;
		}
		int close = -1;
		for (int k = comma + 1; k < verb; k++) {
			if (text.token(k).is(",")) {
				close = k;
			}
		}
		if (close < 0 || namesApposed(text, comma, close)) {
			return null;
		}
		for (Mention mention : this.discourse.mentionsBetween(block, close + 1, verb - 1)) {
			if (mention.subject() || mention.form() == Mention.Form.PRONOUN) {
				return null;
			}
		}
		return opener;
	}

	/**
	 * Whether a clause opens right after a quotation's closing mark, commas and dashes
	 * between: "« ... », plaisantait à la sortie un ingénieur".
	 */
	private static boolean followsAQuotation(BlockText text, int first) {
		int k = first - 1;
		while (k >= 0 && (text.token(k).is(",") || text.token(k).isDash())) {
			k--;
		}
		for (BlockText.Span span : text.spans()) {
			if (k >= 0 && span.close() == k) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words between two commas are a person's name and nothing else, a title
	 * allowed before it: "An engineer at Huawei, Li Ming, said", "une analyste, Mme Wang
	 * Li, reste prudente" name the unnamed subject rather than set an aside in.
	 */
	private boolean namesApposed(BlockText text, int comma, int close) {
		for (Mention mention : this.discourse.mentionsBetween(text.block().index(), comma + 1, close - 1)) {
			int first = mention.first();
			if (first == comma + 2 && this.words.isTitle(text.token(comma + 1).key())) {
				first = comma + 1;
			}
			if (mention.isNamed() && mention.entity() != null && mention.entity().isPerson() && first == comma + 1
					&& mention.last() == close - 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The reference ending just before a verb, auxiliaries and adverbs between; not after
	 * a preposition.
	 */
	private Mention mentionEndingBefore(BlockText text, int verb) {
		int i = verb - 1;
		while (i >= 0 && text.token(i).isWord() && this.discourse.mentionAt(text.block().index(), i) == null
				&& (this.words.isAdverb(text.token(i).key()) || this.words.verbs().afterAuxiliary(text.tokens(), i + 1)
						&& this.words.isAuxiliaryOrAdverb(text.token(i).key()))) {
			i--;
		}
		if (i < 0 || text.isQuoted(i)) {
			return null;
		}
		Mention mention = this.discourse.mentionAt(text.block().index(), i);
		// "Apple, a-t-il raconté": an inverted pronoun is the subject, whatever its
		// auxiliary looks like
		return (mention != null && mention.last() == i
				&& (text.token(mention.first()).inverted() || !afterPreposition(text, mention))) ? mention : null;
	}

	/**
	 * Whether a preposition (its determiner skipped) stands before a mention: "sur
	 * Weibo", "to the company".
	 */
	private boolean afterPreposition(BlockText text, Mention mention) {
		int before = mention.first() - 1;
		if (before >= 0 && (this.words.isDeterminer(text.token(before).key())) && before > mention.first() - 2) {
			before--;
		}
		return before >= 0 && this.words.isPreposition(text.token(before).key());
	}

	/**
	 * The last token of the role an organisation's name qualifies ("Alibaba chairman",
	 * "Nvidia's chief executive"), or -1 when no role follows it.
	 */
	private int roleQualifiedBy(BlockText text, Mention mention) {
		if (!mention.isNamed() || mention.entity() == null || mention.entity().isPerson()) {
			return -1;
		}
		int next = mention.last() + 1;
		if (next < text.size() && text.token(next).isPossessive()) {
			next++;
		}
		QuoteWords.RoleMatch role = (next < text.size()) ? this.words.roleAt(text.tokens(), next) : null;
		return (role != null && role.first() == next) ? role.last() : -1;
	}

	private Attribution fromMention(Mention mention, String reason) {
		if (mention == null) {
			return Attribution.NONE;
		}
		if (mention.isCrowd()) {
			return Attribution.nobody("said by someone the text does not name");
		}
		if (mention.entity() == null) {
			return Attribution.NONE;
		}
		Confidence confidence = switch (mention.form()) {
			case NAME -> Confidence.HIGH;
			case PART_OF_NAME, PRONOUN, ROLE, ORGANISATION_NOUN -> mention.sure() ? Confidence.HIGH : Confidence.MEDIUM;
			default -> Confidence.MEDIUM;
		};
		return Attribution.of(mention.entity(), confidence, reason);
	}

	/** Whether a cue named an outlet, which reports what others say. */
	private static boolean isMedia(Attribution attribution) {
		return attribution.speaker() != null && attribution.speaker().isMedia();
	}

	private boolean crowdIn(BlockText text) {
		int block = text.block().index();
		for (Mention mention : this.discourse.mentionsBetween(block, 0, text.size() - 1)) {
			if (mention.isCrowd()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The last token of the clause after a quotation: the end of its sentence or the next
	 * quotation.
	 */
	private static int clauseEnd(BlockText text, int from, BlockText.Range sentence) {
		for (int i = from; i <= sentence.last(); i++) {
			if (text.isQuoted(i) || text.token(i).endsSentence()) {
				return i - 1;
			}
		}
		return sentence.last();
	}

	private static int wordsBetween(BlockText text, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			count += text.token(i).isWord() ? 1 : 0;
		}
		return count;
	}

	private static boolean wholeParagraph(BlockText text, BlockText.Span span) {
		for (int i = 0; i < text.size(); i++) {
			if ((i < span.open() || i > span.close()) && text.token(i).isWord()) {
				return false;
			}
		}
		return true;
	}

}
