package dev.aiwire.quote.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.aiwire.markdown.BlockKind;
import dev.aiwire.markdown.QuotedParagraphs;
import dev.aiwire.quote.QuoteKind;
import dev.aiwire.quote.attribution.Quotation.Shape;
import dev.aiwire.quote.reading.ArticleText;
import dev.aiwire.quote.reading.BlockText;
import dev.aiwire.quote.reading.QuoteWords;
import dev.aiwire.quote.reading.Token;

/**
 * Finds the quotations of an article, in reading order:
 * <ul>
 * <li>block quotations in Markdown, with the editor's "— Name" line when there is
 * one;</li>
 * <li>paragraphs pasted without Markdown that are quotations: right after an introduction
 * (a paragraph ending with a colon, or with "a déclaré que" / "said that"), in the first
 * person or wholly in quotation marks;</li>
 * <li>the answers of an interview, after a label naming who speaks ("Zhu Xiaohu :
 * ...");</li>
 * <li>words in quotation marks inside a paragraph, of three words or more, unless they
 * are a term, a title or a name rather than someone's words: a determiner or a number
 * stands before them ("la « guerre des prix »"), a word that announces a title does ("le
 * livre « ... »", "dubbed"), their words are capitalised as a title's are, or a mark is
 * missing on one side;</li>
 * <li>words in quotation marks of one or two words that a speech verb reports ("said the
 * figures were "not accurate"").</li>
 * </ul>
 */
public final class QuotationFinder {

	/**
	 * Below this many words, words in quotation marks are a term, not a quotation, unless
	 * a speech verb reports them.
	 */
	static final int MIN_WORDS = 3;

	/** A pasted quotation longer than this is running text. */
	private static final int MAX_PASTED_WORDS = 160;

	/** A term in quotation marks after a determiner is rarely longer than this. */
	private static final int MAX_TERM_WORDS = 7;

	private final ArticleText article;

	private final QuoteWords words;

	private final Interview interview;

	public QuotationFinder(ArticleText article, Interview interview) {
		this.article = article;
		this.words = article.words();
		this.interview = interview;
	}

	public List<Quotation> find() {
		List<Quotation> found = new ArrayList<>();
		int i = 0;
		while (i < this.article.size()) {
			BlockText text = this.article.block(i);
			if (text.block().isQuote() || text.block().quoteDepth() > 0) {
				i = markedBlock(i, found);
				continue;
			}
			if (this.interview.isQuestion(i) || isDebris(text) || isAttributionLine(i)) {
				i++;
				continue;
			}
			String answerer = this.interview.answerLabel(i);
			if (answerer != null) {
				found.add(new Quotation(QuoteKind.BLOCK, Shape.INTERVIEW_ANSWER, i, this.interview.answerText(i), null,
						answerer));
				nested(text, this.interview.answerStart(i), found);
				i++;
				continue;
			}
			if (text.block().kind() == BlockKind.PARAGRAPH && isPastedQuotation(i)) {
				found.add(new Quotation(QuoteKind.BLOCK, Shape.PASTED_BLOCK, i, stripMarks(text.text()), null,
						attributionAfter(i)));
				i++;
				continue;
			}
			if (ArticleText.isNarration(text) && text.block().kind() != BlockKind.HEADING) {
				inline(text, found);
			}
			i++;
		}
		return found;
	}

	/**
	 * A Markdown block quotation and the blocks nested in it; returns the index after
	 * them.
	 */
	private int markedBlock(int index, List<Quotation> found) {
		BlockText outer = this.article.block(index);
		StringBuilder text = new StringBuilder(clean(outer.text()));
		String label = outer.block().attribution();
		int next = index + 1;
		while (next < this.article.size()) {
			BlockText inner = this.article.block(next);
			boolean nested = inner.block().quoteDepth() > outer.block().quoteDepth() && inner.block().quoteDepth() > 0
					|| (!inner.block().isQuote() && inner.block().quoteDepth() > 0);
			if (!nested) {
				break;
			}
			String innerText = clean(inner.text());
			if (!innerText.isEmpty() && !text.toString().contains(innerText)) {
				text.append(text.length() > 0 ? " " : "").append(innerText);
			}
			if (label == null) {
				label = inner.block().attribution();
			}
			next++;
		}
		String quoted = text.toString();
		int dash = trailingDash(quoted);
		if (label == null && dash >= 0) {
			label = quoted.substring(dash).replaceFirst("^[\\s\u2014\u2013-]+", "");
			quoted = quoted.substring(0, dash).strip();
		}
		if (label == null) {
			label = attributionAfter(next - 1);
		}
		quoted = stripMarks(quoted);
		if (!quoted.isEmpty()) {
			found.add(new Quotation(QuoteKind.BLOCK, Shape.MARKED_BLOCK, index, quoted, null, label));
			nested(outer, 0, found);
		}
		return next;
	}

	/**
	 * A line "— Name, role" or "- Name, role" right after a quotation, as pasted
	 * pull-quotes have it.
	 */
	private String attributionAfter(int index) {
		if (index + 1 >= this.article.size()) {
			return null;
		}
		BlockText next = this.article.block(index + 1);
		String line = next.text().strip();
		boolean dashed = next.block().kind() == BlockKind.LIST_ITEM || line.startsWith("\u2014")
				|| line.startsWith("\u2013") || line.startsWith("- ");
		if (!dashed || line.length() > 120 || next.tokens().isEmpty()) {
			return null;
		}
		String name = line.replaceFirst("^[\\s\u2014\u2013-]+", "").strip();
		if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.endsWith(".") && !name.contains(",")) {
			return null;
		}
		return name;
	}

	/**
	 * Whether the first sentence of the paragraph after a block names the author of its
	 * words: « La phrase est de Robin Li », "The words are Lei Jun's".
	 */
	private boolean authorNamedAfter(int index) {
		int next = index + 1;
		while (next < this.article.size() && isDebris(this.article.block(next))) {
			next++;
		}
		if (next >= this.article.size() || this.article.block(next).block().kind() != BlockKind.PARAGRAPH
				|| this.article.block(next).sentences().isEmpty()) {
			return false;
		}
		BlockText after = this.article.block(next);
		return this.words.authorNamedAt(after, after.sentences().get(0)) >= 0;
	}

	/** A pull-quote set apart without marks is a sentence or two. */
	private static final int MAX_PULL_QUOTE_WORDS = 60;

	/**
	 * Whether a block is a signature line under a pull-quote set apart without marks: a
	 * paragraph of its own opening on an em or en dash, then a name of a few capitalised
	 * words ("— Hu Baishan, executive vice president, vivo"). A list item is not one: a
	 * list after a paragraph is the text's own.
	 */
	private boolean isSignature(int index) {
		if (index >= this.article.size()) {
			return false;
		}
		BlockText line = this.article.block(index);
		String text = line.text().strip();
		if (line.block().kind() != BlockKind.PARAGRAPH || !(text.startsWith("\u2014") || text.startsWith("\u2013"))) {
			return false;
		}
		String name = text.replaceFirst("^[\\s\u2014\u2013]+", "");
		int comma = name.indexOf(',');
		String[] words = ((comma >= 0) ? name.substring(0, comma) : name).strip().split("\\s+");
		return words.length <= 5 && Arrays.stream(words)
			.allMatch((word) -> !word.isEmpty() && (Character.isUpperCase(word.charAt(0))
					|| this.words.isNameParticle(word.toLowerCase(Locale.ROOT))));
	}

	/** Whether a block is an attribution line for the quotation before it. */
	private boolean isAttributionLine(int index) {
		if (index == 0) {
			return false;
		}
		BlockText previous = this.article.block(index - 1);
		boolean afterQuotation = previous.block().isQuote() || previous.block().quoteDepth() > 0
				|| isWhollyQuoted(previous.text())
				|| (previous.block().kind() == BlockKind.PARAGRAPH && isPastedQuotation(index - 1));
		return afterQuotation && attributionAfter(index - 1) != null;
	}

	private boolean isDebris(BlockText text) {
		return this.article.isDebris(text);
	}

	/**
	 * A paragraph that is a quotation though nothing marks it up: after an introduction
	 * (the paragraph before ends with a colon, or with "que" / "that" after a speech
	 * verb), it is wholly in quotation marks or speaks in the first person, and does not
	 * itself end with a colon. A paragraph wholly in quotation marks followed by a "—
	 * Name" line is one too.
	 */
	boolean isPastedQuotation(int index) {
		BlockText text = this.article.block(index);
		if (text.tokens().isEmpty() || wordCount(text) > MAX_PASTED_WORDS || text.endsWithColon()) {
			return false;
		}
		boolean wholly = isWhollyQuoted(text.text());
		if ((wholly || wordCount(text) <= MAX_PULL_QUOTE_WORDS && isSignature(index + 1))
				&& attributionAfter(index) != null) {
			return true;
		}
		if (this.article.opensTheArticle(index)
				&& (wholly || wordCount(text) <= MAX_PULL_QUOTE_WORDS && authorNamedAfter(index))) {
			// an epigraph: a line in quotation marks above the first paragraph, or a line
			// without marks whose author the paragraph after names (« La phrase est de
			// Robin Li. »)
			return true;
		}
		int previous = previousProse(index);
		if (previous < 0 || !introduces(this.article.block(previous))) {
			// "il a expliqué :", a paragraph in the first person, then another: the
			// speaker goes on, as long as each paragraph speaks in the first person more
			// than once (a reporter's single "nous" is no quotation)
			int before = previousProseOrQuotation(index);
			return before >= 0 && goesOn(text) && goesOnFrom(before, MAX_PASTED_PARAGRAPHS - 1);
		}
		// "Il a déclaré que" ends on its complementizer: what follows can only be the
		// statement, in the first person or not; so does a colon after a sentence about
		// someone ("He was equally direct about the finances:")
		return wholly || firstPerson(text) > 0 || endsWithReportedClause(this.article.block(previous))
				|| text.spans().isEmpty() && colonAfterSomeone(this.article.block(previous));
	}

	/**
	 * Whether a paragraph ends with a colon after a sentence that speaks of someone: a
	 * speech verb, a singular personal pronoun, a source word ("pour", "according"), a
	 * title or a role ("le président de China Mobile, Yang Jie, a dressé un tableau :")
	 * in that last sentence.
	 */
	private boolean colonAfterSomeone(BlockText text) {
		if (!text.endsWithColon() || text.tokens().isEmpty()) {
			return false;
		}
		BlockText.Range last = text.sentenceOf(text.size() - 1);
		List<Token> tokens = text.tokens();
		for (int i = last.first(); i <= last.last(); i++) {
			if (text.isQuoted(i) || !tokens.get(i).isWord()) {
				continue;
			}
			QuoteWords.Pronoun pronoun = this.words.pronoun(tokens.get(i).key());
			if (this.words.verbs().isSpeechVerb(tokens, i) || this.words.accordingAt(tokens, i, false) > 0
					|| pronoun != null && pronoun.subject() && !pronoun.plural() && !pronoun.neuter()
					|| this.words.isTitle(tokens.get(i).key()) || this.words.roleAt(tokens, i) != null) {
				return true;
			}
		}
		return false;
	}

	/** The most paragraphs in a row one introduction announces. */
	private static final int MAX_PASTED_PARAGRAPHS = 3;

	/**
	 * Whether a paragraph is a quotation pasted without marks that the paragraph after it
	 * may go on from: introduced itself, or going on from one, within a few paragraphs.
	 */
	private boolean goesOnFrom(int index, int paragraphs) {
		BlockText text = this.article.block(index);
		boolean marked = text.block().isQuote();
		if (paragraphs <= 0 || text.tokens().isEmpty() || wordCount(text) > MAX_PASTED_WORDS || text.endsWithColon()
				|| !marked && (isWhollyQuoted(text.text()) || firstPerson(text) == 0)) {
			return false;
		}
		int previous = previousProseOrQuotation(index);
		if (previous < 0) {
			return false;
		}
		BlockText before = this.article.block(previous);
		return !before.block().isQuote() && introduces(before)
				|| !marked && goesOn(text) && goesOnFrom(previous, paragraphs - 1);
	}

	/**
	 * Whether a paragraph can go on from a quotation before it: no quotation marks of its
	 * own (a paragraph quoting someone is the text's) and the first person more than
	 * once.
	 */
	private boolean goesOn(BlockText text) {
		return text.spans().isEmpty() && firstPerson(text) >= 2;
	}

	/**
	 * The paragraph or one-level quotation just before a block in its section, debris
	 * skipped, or -1 when another kind of block stands there.
	 */
	private int previousProseOrQuotation(int index) {
		for (int p = index - 1; p >= 0; p--) {
			BlockText text = this.article.block(p);
			if (isDebris(text)) {
				continue;
			}
			boolean kind = text.block().kind() == BlockKind.PARAGRAPH
					|| text.block().isQuote() && text.block().quoteDepth() <= 1;
			return (kind && text.block().sectionIndex() == this.article.block(index).block().sectionIndex()) ? p : -1;
		}
		return -1;
	}

	/**
	 * The paragraph before a block, debris skipped, or -1 when another kind of block
	 * stands there.
	 */
	private int previousProse(int index) {
		for (int p = index - 1; p >= 0; p--) {
			BlockText text = this.article.block(p);
			if (isDebris(text)) {
				continue;
			}
			return (text.block().kind() == BlockKind.PARAGRAPH
					&& text.block().sectionIndex() == this.article.block(index).block().sectionIndex()) ? p : -1;
		}
		return -1;
	}

	/**
	 * Whether a paragraph announces the quotation after it: a final colon, or a final
	 * "que" / "that" after a speech verb.
	 */
	boolean introduces(BlockText text) {
		return text.endsWithColon() || endsWithReportedClause(text);
	}

	/**
	 * Whether a paragraph ends on "que" / "that" after a speech verb ("Il a déclaré
	 * que"), the statement it reports left for the paragraph after.
	 */
	private boolean endsWithReportedClause(BlockText text) {
		List<Token> tokens = text.tokens();
		int last = tokens.size() - 1;
		while (last >= 0 && !tokens.get(last).isWord()) {
			last--;
		}
		if (last < 1 || !this.words.isComplementizer(tokens.get(last).key())) {
			return false;
		}
		for (int i = last - 1; i >= Math.max(0, last - 6); i--) {
			if (this.words.verbs().isSpeechVerb(tokens, i)) {
				return true;
			}
		}
		return false;
	}

	private int firstPerson(BlockText text) {
		int count = 0;
		for (Token token : text.tokens()) {
			if (this.words.isFirstPerson(token)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Whether words in quotation marks are the name an account or a blogger signs with: a
	 * cue before them ("qui signe « ... »", "posting as "..."", "le compte Weibo « ...
	 * »"), and a capital first word.
	 */
	boolean isPseudonym(BlockText text, BlockText.Span span) {
		return this.words.pseudonymCue(text, span) >= 0;
	}

	/** The inline quotations of a paragraph. */
	private void inline(BlockText text, List<Quotation> found) {
		for (BlockText.Span span : text.spans()) {
			if (isQuotation(text, span)) {
				found.add(new Quotation(QuoteKind.INLINE, Shape.INLINE, text.block().index(), contentOf(text, span),
						span, null));
			}
		}
	}

	/**
	 * Quotations in marks inside a quotation (someone the speaker quotes), from a token
	 * on.
	 */
	private void nested(BlockText text, int fromToken, List<Quotation> found) {
		for (BlockText.Span span : text.spans()) {
			if (span.firstToken() >= fromToken && isQuotation(text, span) && !isWhole(text, span)) {
				found.add(new Quotation(QuoteKind.INLINE, Shape.NESTED, text.block().index(), contentOf(text, span),
						span, null));
			}
		}
	}

	private static boolean isWhole(BlockText text, BlockText.Span span) {
		for (int i = 0; i < text.size(); i++) {
			if ((i < span.firstToken() - 1 || i > span.lastToken() + 1) && text.token(i).isWord()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether words in quotation marks are someone's words rather than a term, a title or
	 * a stray mark.
	 */
	boolean isQuotation(BlockText text, BlockText.Span span) {
		if (span.open() < 0 || span.close() < 0 && !announced(text, span.open())) {
			// a stray mark, unless something announced a quotation there ("il a ajouté :
			// « ...")
			return false;
		}
		int count = 0;
		int capitalised = 0;
		for (int i = span.firstToken(); i <= span.lastToken(); i++) {
			Token token = text.token(i);
			if (token.isWord()) {
				count++;
				if (Character.isUpperCase(token.text().charAt(0))) {
					capitalised++;
				}
			}
		}
		if (announcesATerm(text, span.open() - 1) || !holdsAWord(text, span)) {
			// "sa formule « 5+N+X »", "« 996 »": figures and letters name a formula,
			// nobody's words
			return false;
		}
		if (count < MIN_WORDS) {
			return isReportedPhrase(text, span);
		}
		boolean titleCase = Character.isUpperCase(text.token(span.firstToken()).text().charAt(0))
				&& capitalised * 4 >= count * 3;
		if (count <= 8 && titleCase) {
			// "From Words to Worlds": capitalised as a title is
			return false;
		}
		int before = span.open() - 1;
		if (before >= 0) {
			Token token = text.token(before);
			String key = keyBefore(text, span.open());
			if (isPseudonym(text, span)) {
				return false;
			}
			boolean determiner = this.words.isDeterminer(key) || Character.isDigit(token.text().charAt(0))
					|| this.words.isNumber(key);
			if (determiner && count <= MAX_TERM_WORDS && !ownedAfter(text, span)) {
				// "la « guerre des prix »", "quatre « gigafactories de l'IA »"
				return false;
			}
			boolean namedThing = token.isWord() && before >= 1 && this.words.isDefinite(text.token(before - 1).key())
					|| token.isWord() && before >= 1 && this.words.isIndefinite(text.token(before - 1).key());
			boolean nameLike = Character.isUpperCase(text.token(span.firstToken()).text().charAt(0))
					|| Character.isUpperCase(token.text().charAt(0));
			if (namedThing && nameLike && count <= 5 && !this.words.verbs().isForm(key) && !ownedAfter(text, span)) {
				// "l'action « Intelligence artificielle Plus »", "une IA « inclusive et
				// durable »"
				return false;
			}
		}
		return true;
	}

	/** Whether words in quotation marks hold a word of two letters or more. */
	private static boolean holdsAWord(BlockText text, BlockText.Span span) {
		for (int i = span.firstToken(); i <= span.lastToken(); i++) {
			String word = text.token(i).text();
			long letters = word.codePoints().filter(Character::isLetter).count();
			if (text.token(i).isWord() && letters >= 2) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a word that announces a term, a name or a title stands at a token, a "de" /
	 * "of" between it and the quotation marks allowed: "le livre « ... »",
	 * "l'architecture dite de « ... »", "its list of "..."". The participle "dit"
	 * announces one only after the noun it qualifies or a comma ("un modèle dit « ...
	 * »"), not after a subject or an auxiliary ("il a dit « ... »").
	 */
	private boolean announcesATerm(BlockText text, int index) {
		int word = wordAt(text, index);
		if (word < 0) {
			return false;
		}
		String key = keyBefore(text, index + 1);
		if (this.words.isRoleLink(key) && word >= 1) {
			word = wordAt(text, word - 1);
			if (word < 0) {
				return false;
			}
			key = text.token(word).key();
		}
		if (this.words.isWorkNoun(key)) {
			return true;
		}
		if (!this.words.isWorkNounAfterNoun(key) || word == 0) {
			return false;
		}
		Token previous = text.token(word - 1);
		return previous.is(",") || previous.isWord() && Character.isLowerCase(previous.text().charAt(0))
				&& this.words.pronoun(previous.key()) == null && !this.words.isClauseOpener(previous.key())
				&& !this.words.verbs().afterAuxiliary(text.tokens(), word);
	}

	/**
	 * The word at a token, or the word an apostrophe set apart from the quotation mark
	 * after it ends ("l'« ... »" is read as "l'" then the mark); -1 when no word stands
	 * there.
	 */
	private static int wordAt(BlockText text, int index) {
		if (index < 0) {
			return -1;
		}
		if (text.token(index).isApostrophe()) {
			return (index >= 1 && text.token(index - 1).isWord()) ? index - 1 : -1;
		}
		return text.token(index).isWord() ? index : -1;
	}

	/**
	 * The key of the token before an opening mark, the elided word joined to its
	 * apostrophe ("l'« ... »" gives "l'").
	 */
	private static String keyBefore(BlockText text, int open) {
		int before = open - 1;
		if (before >= 1 && text.token(before).isApostrophe() && text.token(before - 1).isWord()) {
			return text.token(before - 1).key() + "'";
		}
		return (before >= 0) ? text.token(before).key() : "";
	}

	/**
	 * A phrase of one or two words that a speech verb reports as the speaker's own: the
	 * verb stands right before it ("expressed "serious concerns""), or earlier in the
	 * sentence with a copula, a modal or "to" right before the phrase ("said the figures
	 * were "not accurate"", "a estimé que l'effet serait « limité »"), or anywhere in the
	 * clause a speech verb opens with its "that" / "que" ("said on Wednesday that the
	 * cars would be on the road "within months""). A capitalised phrase is a name, a
	 * determiner before it makes it a term, as for longer ones, and so does a verb of
	 * naming between the speech verb and the phrase ("wrote that it had always called its
	 * system "assisted driving"").
	 */
	private boolean isReportedPhrase(BlockText text, BlockText.Span span) {
		int before = span.open() - 1;
		if (span.close() < 0 || before < 0 || !text.token(before).isWord()
				|| Character.isUpperCase(text.token(span.firstToken()).text().charAt(0))) {
			return false;
		}
		if (this.words.verbs().isSpeechVerb(text.tokens(), before)) {
			return true;
		}
		boolean link = this.words.isReportedLink(text.token(before).key());
		String key = keyBefore(text, span.open());
		// "the result reflected his "personalised expression"": after a possessive, a
		// phrase that no noun follows is what the speaker called it; "its "assisted
		// driving" system" is a term
		boolean owned = this.words.isPossessiveDeterminer(key)
				&& (span.close() + 1 >= text.size() || !text.token(span.close() + 1).isWord());
		if (!link && !owned && (this.words.isDeterminer(key) || this.words.isNumber(key))) {
			return false;
		}
		BlockText.Range sentence = text.sentenceOf(before);
		boolean clause = false;
		for (int v = before - 1; v >= sentence.first(); v--) {
			if (text.isQuoted(v)) {
				continue;
			}
			String word = text.token(v).key();
			if (this.words.isNamingVerb(word)) {
				return false;
			}
			if (this.words.verbs().isSpeechVerb(text.tokens(), v) && (link || clause || opensClause(text, v, before))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a speech verb's "that" / "que" follows it within three words, before a
	 * token: the verb reports the clause that runs up to that token.
	 */
	private boolean opensClause(BlockText text, int verb, int before) {
		for (int c = verb + 1; c < before && c <= verb + 4; c++) {
			if (!text.isQuoted(c) && this.words.isComplementizer(text.token(c).key())) {
				return true;
			}
		}
		return false;
	}

	/** Whether a colon or a speech verb stands just before an opening mark. */
	private boolean announced(BlockText text, int open) {
		for (int i = open - 1; i >= 0 && i >= open - 2; i--) {
			if (text.token(i).is(":") || this.words.verbs().isSpeechVerb(text.tokens(), i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "le « drill, baby, drill » de Donald Trump": words in marks that the text gives to
	 * someone.
	 */
	private boolean ownedAfter(BlockText text, BlockText.Span span) {
		int after = span.close() + 1;
		return after + 1 < text.size() && this.words.isRoleLink(text.token(after).key())
				&& Character.isUpperCase(text.token(after + 1).text().charAt(0));
	}

	private static int wordCount(BlockText text) {
		int count = 0;
		for (Token token : text.tokens()) {
			if (token.isWord()) {
				count++;
			}
		}
		return count;
	}

	static String contentOf(BlockText text, BlockText.Span span) {
		return stripMarks(text.text().substring(span.contentStart(), span.contentEnd()));
	}

	/** Where a last "— Name" stands at the end of a quotation's text, or -1. */
	private static int trailingDash(String text) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("\\s*[\u2014\u2013]\\s*([\\p{Lu}][^\u2014\u2013\\n]{1,80})$")
			.matcher(text);
		return matcher.find() ? matcher.start() : -1;
	}

	static boolean isWhollyQuoted(String text) {
		return QuotedParagraphs.isWhollyQuoted(text);
	}

	private static String clean(String text) {
		return (text != null) ? text.replaceAll("\\s+", " ").strip() : "";
	}

	/** The quoted words without surrounding quotation marks, spaces or stray commas. */
	public static String stripMarks(String text) {
		String cleaned = clean(text);
		String marks = "\u00ab\u00bb\u201c\u201d\u201e\u201f\"\u2039\u203a\u2018\u2019\u201a\u300c\u300d\u300e\u300f\uff02";
		int start = 0;
		int end = cleaned.length();
		while (start < end
				&& (marks.indexOf(cleaned.charAt(start)) >= 0 || Character.isWhitespace(cleaned.charAt(start)))) {
			start++;
		}
		while (end > start && (marks.indexOf(cleaned.charAt(end - 1)) >= 0
				|| Character.isWhitespace(cleaned.charAt(end - 1)) || cleaned.charAt(end - 1) == ',')) {
			end--;
		}
		// a quotation within the quotation at its start or end keeps its own mark
		// (« Il nous a dit : “On annule” »)
		if (start > 0 && start < end && unbalanced(cleaned.charAt(start - 1), cleaned.substring(start, end))) {
			start--;
		}
		if (end < cleaned.length() && end > start && unbalanced(cleaned.charAt(end), cleaned.substring(start, end))) {
			end++;
		}
		return cleaned.substring(start, end);
	}

	/** Whether a mark next to a text would pair with a mark inside it left alone. */
	private static boolean unbalanced(char mark, String text) {
		return switch (mark) {
			case '"' -> text.chars().filter((c) -> c == '"').count() % 2 == 1;
			case '\u201c' ->
				text.chars().filter((c) -> c == '\u201d').count() > text.chars().filter((c) -> c == '\u201c').count();
			case '\u201d' ->
				text.chars().filter((c) -> c == '\u201c').count() > text.chars().filter((c) -> c == '\u201d').count();
			default -> false;
		};
	}

}
