package dev.aiwire.quote;

import java.util.List;
import java.util.Set;

/**
 * Finds who speaks in a clause around a quotation: the subject of a speech verb ("X a déclaré",
 * "a tweeté X", "he said"), the person after "selon", "d'après", "according to", the name after an
 * em dash, or the person a colon points to. A crowd or an unnamed source found there is an answer
 * too: it means nobody the article names.
 */
final class Attribution {

	/** What a clause says about the speaker. */
	record Who(Kind kind, String name) {

		enum Kind {

			/** A person of the article. */
			PERSON,
			/** A company or an outlet speaking as such. */
			ORGANISATION,
			/** A crowd, an account, an unnamed source: the article names nobody. */
			UNNAMED,
			/** The clause does not say. */
			NONE

		}

		static final Who NONE = new Who(Kind.NONE, null);

		static final Who UNNAMED = new Who(Kind.UNNAMED, null);

		static Who person(String name) {
			return (name != null) ? new Who(Kind.PERSON, name) : NONE;
		}

		boolean found() {
			return this.kind != Kind.NONE;
		}

		/** The speaker to store: a name, or null for an unnamed one. */
		String speaker() {
			return (this.kind == Kind.PERSON || this.kind == Kind.ORGANISATION) ? this.name : null;
		}

	}

	private static final Set<String> ACCORDING = Set.of("selon", "apres", "according", "pour");

	private final PersonIndex people;

	Attribution(PersonIndex people) {
		this.people = people;
	}

	/**
	 * The speaker named by the clause that follows a quotation ({@code from} just after its closing
	 * mark, {@code to} exclusive): "», a tweeté X", "», a-t-il dit", "," Altman said", "— X".
	 */
	Who after(BlockText text, int from, int to) {
		int first = from;
		while (first < to && (text.token(first).type() == Token.Type.PUNCT && !text.token(first).isDash())) {
			first++;
		}
		if (first >= to) {
			return Who.NONE;
		}
		if (text.token(first).isDash()) {
			return dashed(text, first + 1, to);
		}
		int words = 0;
		for (int i = first; i < to && words < 16; i++) {
			Token token = text.token(i);
			if (token.isWord()) {
				words++;
			}
			if (words <= 3 && isAccording(text, i)) {
				return afterAccording(text, i, to);
			}
			boolean verb = (words <= 2) ? SpeechVerbs.isSpeechVerbAfterQuote(text.tokens(), i)
					: SpeechVerbs.isSpeechVerb(text.tokens(), i);
			if (verb) {
				if (!onlySubjectBefore(text, first, i)) {
					return Who.NONE;
				}
				Who subject = backward(text, first, i, true);
				return subject.found() ? subject : forward(text, i, to);
			}
		}
		return Who.NONE;
	}

	/**
	 * The speaker named by the clause before a quotation ({@code to} is its opening mark): "X a
	 * déclaré : «", "Selon X, «", "X told reporters: "", "sa réponse : «".
	 */
	Who before(BlockText text, int from, int to) {
		for (int i = to - 1; i >= from; i--) {
			if (!text.isQuoted(i) && isAccording(text, i)) {
				Who who = afterAccording(text, i, to);
				if (who.found()) {
					return who;
				}
			}
		}
		for (int i = to - 1; i >= from; i--) {
			if (!text.isQuoted(i) && SpeechVerbs.isSpeechVerb(text.tokens(), i)) {
				if (throughSpokesperson(text, i, to)) {
					return Who.UNNAMED;
				}
				Who subject = backward(text, from, i, false);
				return subject.found() ? subject : forward(text, i, to);
			}
		}
		if (endsWithColon(text, from, to)) {
			return colonSubject(text, from, to);
		}
		return Who.NONE;
	}

	/** The speaker of a paragraph introducing a block quotation, read in its last sentence. */
	Who introduction(BlockText text) {
		if (text.sentences().isEmpty()) {
			return Who.NONE;
		}
		BlockText.Range last = text.sentences().get(text.sentences().size() - 1);
		Who who = before(text, last.first(), last.last() + 1);
		if (!who.found() && text.sentences().size() > 1 && wordsIn(text, last) <= 4) {
			BlockText.Range previous = text.sentences().get(text.sentences().size() - 2);
			who = before(text, previous.first(), last.last() + 1);
		}
		return who;
	}

	/** Without a speech verb: the subject of the last sentence, named or pronoun. */
	Who subjectOf(BlockText text, BlockText.Range sentence) {
		for (int i = sentence.first(); i <= sentence.last(); i++) {
			if (text.isQuoted(i)) {
				continue;
			}
			PersonIndex.Mention mention = this.people.mentionAt(text.block().index(), i);
			if (mention != null && mention.subject()) {
				return Who.person(mention.person());
			}
		}
		return Who.NONE;
	}

	/**
	 * Whether a sentence says something was said, and by whom: used for a quotation with no
	 * speaker of its own that follows it.
	 */
	Who saying(BlockText text, BlockText.Range sentence) {
		for (int i = sentence.last(); i >= sentence.first(); i--) {
			if (!text.isQuoted(i) && SpeechVerbs.isSpeechVerb(text.tokens(), i)) {
				Who subject = backward(text, sentence.first(), i, false);
				return subject.found() ? subject : forward(text, i, sentence.last() + 1);
			}
		}
		for (int i = sentence.first(); i <= sentence.last(); i++) {
			if (!text.isQuoted(i) && Lexicon.SAYING_NOUNS.contains(text.token(i).key())) {
				for (int j = i + 1; j <= Math.min(sentence.last(), i + 6); j++) {
					PersonIndex.Mention mention = this.people.mentionAt(text.block().index(), j);
					if (mention != null) {
						return Who.person(mention.person());
					}
				}
			}
		}
		return Who.NONE;
	}

	/** "X a répondu par la voix d'un porte-parole :": an unnamed person speaks for X. */
	private static boolean throughSpokesperson(BlockText text, int verb, int to) {
		for (int i = verb + 1; i < to; i++) {
			if (Set.of("porte-parole", "spokesperson", "spokesman", "spokeswoman", "representant", "representative")
				.contains(text.token(i).key()) && i > 0 && Lexicon.INDEFINITE.contains(text.token(i - 1).key())) {
				return true;
			}
		}
		return false;
	}

	private static int wordsIn(BlockText text, BlockText.Range range) {
		int words = 0;
		for (int i = range.first(); i <= range.last(); i++) {
			if (text.token(i).isWord()) {
				words++;
			}
		}
		return words;
	}

	private static boolean endsWithColon(BlockText text, int from, int to) {
		for (int i = to - 1; i >= from; i--) {
			Token token = text.token(i);
			if (token.is(":")) {
				return true;
			}
			if (!token.isMark() && !(token.type() == Token.Type.PUNCT && token.text().isBlank())) {
				return false;
			}
		}
		return false;
	}

	/** "Réponse de Liang Wenfeng :", "Sa réponse :", "Her answer:", "Un internaute :". */
	private Who colonSubject(BlockText text, int from, int to) {
		if (unnamedSubject(text, from, to)) {
			return Who.UNNAMED;
		}
		int block = text.block().index();
		String nonSubject = null;
		for (int i = to - 1; i >= from; i--) {
			if (text.isQuoted(i)) {
				continue;
			}
			Token token = text.token(i);
			PersonIndex.Mention mention = this.people.mentionAt(block, i);
			if (mention != null) {
				if (mention.subject()) {
					return Who.person(mention.person());
				}
				if (nonSubject == null) {
					nonSubject = mention.person();
				}
				i = mention.firstToken();
				continue;
			}
			String body = this.people.bodyAt(block, i);
			if (body != null && nonSubject == null && !isComplement(text, i)) {
				return new Who(Who.Kind.ORGANISATION, body);
			}
			if (isCrowd(text, i) && !isComplement(text, i) || Lexicon.PLURAL_PRONOUNS.contains(token.key())) {
				return (nonSubject != null) ? Who.person(nonSubject) : Who.UNNAMED;
			}
			if (Lexicon.COMPANY_NOUNS.contains(token.key()) && i > 0
					&& Lexicon.DEFINITE.contains(text.token(i - 1).key()) && this.people.mainOrganisation() != null
					&& nonSubject == null) {
				return new Who(Who.Kind.ORGANISATION, this.people.mainOrganisation());
			}
			// "un revendeur résume à sa manière la situation :": someone the text does not name
			if (nonSubject == null && token.isWord() && Character.isLowerCase(token.text().charAt(0)) && i > from
					&& Set.of("un", "une").contains(text.token(i - 1).key()) && opensClause(text, i - 1)) {
				return Who.UNNAMED;
			}
			boolean inAdverbial = i > from && Lexicon.PREPOSITIONS.contains(text.token(i - 1).key());
			if (!inAdverbial
					&& (Lexicon.POSSESSIVES.contains(token.key()) || Set.of("his", "her").contains(token.key()))) {
				PersonIndex.Gender gender = token.key().equals("his") ? PersonIndex.Gender.MALE
						: token.key().equals("her") ? PersonIndex.Gender.FEMALE : PersonIndex.Gender.UNKNOWN;
				if (nonSubject != null) {
					return Who.person(nonSubject);
				}
				return Who.person(this.people.resolvePronoun(gender, PersonIndex.position(block, i)));
			}
		}
		return Who.person(nonSubject);
	}

	/** Whether a token opens its sentence or the clause after a comma: where a subject stands. */
	private static boolean opensClause(BlockText text, int i) {
		return i == text.sentenceOf(i).first() || text.token(i - 1).is(",") || text.token(i - 1).is(";");
	}

	private boolean isAccording(BlockText text, int i) {
		String key = text.token(i).key();
		if (!ACCORDING.contains(key)) {
			return false;
		}
		if (key.equals("apres")) {
			return i > 0 && text.token(i - 1).key().equals("d'");
		}
		if (key.equals("according")) {
			return i + 1 < text.size() && text.token(i + 1).key().equals("to");
		}
		if (key.equals("pour")) {
			// "Pour Liang Wenfeng, ..." only: a person right after and a comma after the person
			int next = i + 1;
			PersonIndex.Mention mention = (next < text.size()) ? this.people.mentionAt(text.block().index(), next)
					: null;
			if (mention != null && mention.named()) {
				int after = mention.lastToken() + 1;
				return after < text.size() && text.token(after).is(",");
			}
			return next + 1 < text.size() && Set.of("lui", "elle").contains(text.token(next).key())
					&& text.token(next + 1).is(",");
		}
		return true;
	}

	private Who afterAccording(BlockText text, int i, int to) {
		int block = text.block().index();
		for (int j = i + 1; j < Math.min(to, i + 8); j++) {
			Token token = text.token(j);
			if (token.endsSentence() || token.isMark()) {
				break;
			}
			PersonIndex.Mention mention = this.people.mentionAt(block, j);
			if (mention != null) {
				return Who.person(mention.person());
			}
			if (Lexicon.STRESSED_MALE.contains(token.key())) {
				return Who.person(this.people.resolvePronoun(PersonIndex.Gender.MALE, PersonIndex.position(block, j)));
			}
			if (Lexicon.STRESSED_FEMALE.contains(token.key())) {
				return Who.person(this.people.resolvePronoun(PersonIndex.Gender.FEMALE, PersonIndex.position(block, j)));
			}
			if (Lexicon.PLURAL_PRONOUNS.contains(token.key()) || isCrowd(text, j)) {
				return Who.UNNAMED;
			}
			String organisation = organisationAt(text, j);
			if (organisation != null) {
				return new Who(Who.Kind.ORGANISATION, organisation);
			}
		}
		return Who.NONE;
	}

	/**
	 * After a quotation, only a subject (with its apposition between commas), auxiliaries and
	 * adverbs may stand before the verb: "," Andrej Karpathy, a founding member of OpenAI, wrote".
	 */
	private boolean onlySubjectBefore(BlockText text, int from, int verb) {
		boolean subject = false;
		int words = 0;
		for (int i = from; i < verb; i++) {
			Token token = text.token(i);
			if (subject && token.is(",")) {
				int close = i + 1;
				while (close < verb && !text.token(close).is(",")) {
					close++;
				}
				i = close;
				continue;
			}
			if (!token.isWord() || token.inverted()) {
				continue;
			}
			words++;
			String key = token.key();
			boolean names = this.people.mentionAt(text.block().index(), i) != null || Lexicon.CROWD_WORDS.contains(key)
					|| Lexicon.ROLES.contains(key) || Character.isUpperCase(token.text().charAt(0))
					|| Lexicon.MALE_PRONOUNS.contains(key) || Lexicon.FEMALE_PRONOUNS.contains(key)
					|| Lexicon.PLURAL_PRONOUNS.contains(key);
			subject = subject || names;
			boolean fits = names || Lexicon.AUXILIARIES.contains(key) || Lexicon.INDEFINITE.contains(key)
					|| Lexicon.DEFINITE.contains(key) || Lexicon.GOVERNING_VERBS.contains(key)
					|| Lexicon.CONNECTIVE_ADVERBS.contains(key)
					|| Set.of("de", "d'", "du", "des", "of", "to", "y", "ne", "n'", "pas", "not").contains(key);
			if (!fits || words > 8) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The subject before a verb: the nearest pronoun, name in subject position, crowd, or a company
	 * set right before the verb.
	 */
	private Who backward(BlockText text, int from, int verb, boolean afterQuote) {
		int block = text.block().index();
		boolean adjacent = true;
		for (int i = verb - 1; i >= from; i--) {
			Token token = text.token(i);
			if (text.isQuoted(i) && !afterQuote) {
				adjacent = false;
				continue;
			}
			if (token.isMark()) {
				continue;
			}
			PersonIndex.Mention mention = this.people.mentionAt(block, i);
			if (mention != null) {
				if (mention.subject() || adjacent) {
					return Who.person(mention.person());
				}
				i = mention.firstToken();
				adjacent = false;
				continue;
			}
			String key = token.key();
			if (Lexicon.MALE_PRONOUNS.contains(key) || Lexicon.FEMALE_PRONOUNS.contains(key) && isSubjectPronoun(text, i)) {
				return Who.NONE;
			}
			String body = this.people.bodyAt(block, i);
			if (body != null && !isComplement(text, i)) {
				return new Who(Who.Kind.ORGANISATION, body);
			}
			if (Lexicon.PLURAL_PRONOUNS.contains(key) && token.isWord()) {
				return Who.UNNAMED;
			}
			// "la société a précisé", but not "Yang Zhilin, fondateur de la société, a expliqué"
			if (Lexicon.COMPANY_NOUNS.contains(key) && i > 0 && Lexicon.DEFINITE.contains(text.token(i - 1).key())
					&& !(i > 1 && Lexicon.PREPOSITIONS.contains(text.token(i - 2).key()))
					&& this.people.mainOrganisation() != null) {
				return new Who(Who.Kind.ORGANISATION, this.people.mainOrganisation());
			}
			if (isCrowd(text, i) && !isComplement(text, i)) {
				return Who.UNNAMED;
			}
			if (adjacent) {
				String organisation = organisationAt(text, i);
				if (organisation != null && (i == 0 || !Lexicon.PREPOSITIONS.contains(text.token(i - 1).key()))) {
					return new Who(Who.Kind.ORGANISATION, organisation);
				}
			}
			if (!(token.isWord() && (Lexicon.AUXILIARIES.contains(key) || token.inverted()))) {
				adjacent = false;
			}
		}
		return Who.NONE;
	}

	private static boolean isSubjectPronoun(BlockText text, int i) {
		return i == 0 || !Lexicon.PREPOSITIONS.contains(text.token(i - 1).key());
	}

	/** The subject after a verb: "a tweeté dimanche l'investisseur Marc Andreessen". */
	private Who forward(BlockText text, int verb, int to) {
		int block = text.block().index();
		for (int i = verb + 1; i < Math.min(to, verb + 12); i++) {
			Token token = text.token(i);
			if (token.endsSentence() || token.isMark() || token.is(":") || text.isQuoted(i)) {
				break;
			}
			PersonIndex.Mention mention = this.people.mentionAt(block, i);
			boolean afterPreposition = i > 0 && Lexicon.PREPOSITIONS.contains(text.token(i - 1).key())
					&& !text.token(i - 1).key().equals("de") && !text.token(i - 1).key().equals("d'")
					&& !text.token(i - 1).key().equals("by");
			if (mention != null) {
				if (afterPreposition && !text.token(i - 1).key().equals("of")) {
					i = mention.lastToken();
					continue;
				}
				return Who.person(mention.person());
			}
			String key = token.key();
			if (token.isWord() && Set.of("he", "she").contains(key)) {
				PersonIndex.Gender gender = key.equals("he") ? PersonIndex.Gender.MALE : PersonIndex.Gender.FEMALE;
				return Who.person(this.people.resolvePronoun(gender, PersonIndex.position(block, i)));
			}
			if (!afterPreposition && isCrowd(text, i)) {
				return Who.UNNAMED;
			}
		}
		return Who.NONE;
	}

	/** "— Liang Wenfeng, fondateur de DeepSeek" after a quotation. */
	private Who dashed(BlockText text, int from, int to) {
		for (int i = from; i < to; i++) {
			PersonIndex.Mention mention = this.people.mentionAt(text.block().index(), i);
			if (mention != null) {
				return Who.person(mention.person());
			}
		}
		if (from < to) {
			String rest = text.text().substring(text.token(from).start(), text.token(to - 1).end());
			String name = PersonIndex.nameOfAttribution(rest);
			if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.split("\\s+").length <= 4) {
				return Who.person(this.people.canonicalName(name));
			}
		}
		return Who.NONE;
	}

	/**
	 * Whether the token heads a phrase naming a crowd or an unnamed source: "les internautes",
	 * "un compte anonyme", "a robotics professor", "one securities analyst".
	 */
	private boolean isCrowd(BlockText text, int i) {
		Token token = text.token(i);
		if (!token.isWord() || this.people.mentionAt(text.block().index(), i) != null) {
			return false;
		}
		if (Lexicon.CROWD_WORDS.contains(token.key())) {
			return true;
		}
		if (!Lexicon.ROLES.contains(token.key())) {
			return false;
		}
		if (i + 2 < text.size() && Set.of("of", "de", "d'").contains(text.token(i + 1).key())
				&& Lexicon.INDEFINITE.contains(text.token(i + 2).key())) {
			// "the head of an AI start-up", "le patron d'une start-up": whoever it is, not named
			return true;
		}
		for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
			Token before = text.token(j);
			if (!before.isWord()) {
				return false;
			}
			if (Lexicon.INDEFINITE.contains(before.key())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the clause opens on someone the text leaves unnamed ("Un professeur de robotique
	 * ...", "The head of an AI start-up ...") or says so ("who asked not to be named", "sous
	 * couvert d'anonymat").
	 */
	private boolean unnamedSubject(BlockText text, int from, int to) {
		int first = from;
		while (first < to && !text.token(first).isWord()) {
			first++;
		}
		for (int i = first; i < Math.min(to, first + 4); i++) {
			if (this.people.mentionAt(text.block().index(), i) != null) {
				break;
			}
			if (isCrowd(text, i)) {
				return true;
			}
		}
		String clause = Lexicon.fold(text.text().substring(text.token(from).start(), text.token(to - 1).end()));
		return ANONYMITY.stream().anyMatch(clause::contains);
	}

	private static final List<String> ANONYMITY = List.of("not to be named", "declined to be named",
			"on condition of anonymity", "speaking anonymously", "requested anonymity", "couvert d'anonymat",
			"ne pas etre nomme", "pas etre cite", "requis l'anonymat", "garder l'anonymat", "sous le sceau de l'anonymat");

	/**
	 * Whether a crowd word stands after a preposition, as a complement rather than a subject: "à
	 * l'attention des développeurs", "invité à commenter", "aux utilisateurs".
	 */
	private static boolean isComplement(BlockText text, int i) {
		int before = i - 1;
		if (before >= 0 && Set.of("les", "l'", "the", "ces", "ses", "leurs", "their", "its", "nos", "our")
			.contains(text.token(before).key())) {
			before--;
		}
		if (before < 0 || text.sentenceOf(i).first() > before) {
			return false;
		}
		String key = text.token(before).key();
		if (key.equals("des")) {
			return text.sentenceOf(i).first() < before && text.token(before - 1).isWord();
		}
		return Set.of("a", "au", "aux", "de", "d'", "du", "pour", "sans", "avec", "to", "for", "with", "of")
			.contains(key);
	}

	/** A company or outlet written as a capitalised word ("DeepSeek", "OpenAI"), or null. */
	private static String organisationAt(BlockText text, int i) {
		Token token = text.token(i);
		if (token.type() != Token.Type.WORD || !Character.isUpperCase(token.text().charAt(0))
				|| Lexicon.NOT_NAMES.contains(token.key()) || Lexicon.isTitle(token.key())
				|| text.sentenceOf(i).first() == i && !Lexicon.KNOWN_NON_PERSONS.contains(token.key())
						&& !hasInnerCapital(token.text())) {
			return null;
		}
		return token.text();
	}

	private static boolean hasInnerCapital(String word) {
		for (int i = 1; i < word.length(); i++) {
			if (Character.isUpperCase(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static int countWords(String text) {
		int words = 0;
		for (String part : text.split("\\s+")) {
			if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words++;
			}
		}
		return words;
	}

	static List<Token> tokensOf(BlockText text, BlockText.Range range) {
		return text.tokens().subList(range.first(), range.last() + 1);
	}

}
