package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.BlockKind;

/**
 * The people of one article, read in order like a reader would: who is named where, in which
 * form, in subject position or not, with which role and gender; and who each subject pronoun
 * ("il", "elle", "he", "she"), definite role ("le fondateur") or ordinal ("le premier") refers to.
 * Text inside quotations is not narration and is left out.
 */
final class PersonIndex {

	enum Gender {

		MALE, FEMALE, UNKNOWN

	}

	/** One reference to a person: a name, or a pronoun or role resolved to that person. */
	record Mention(int block, int firstToken, int lastToken, String person, boolean subject, boolean named) {

		long position() {
			return PersonIndex.position(this.block, this.firstToken);
		}

	}

	private final List<BlockText> texts;

	/** Full names (two words or more) as written, folded keys of their words. */
	private final Map<String, List<String>> fullNames = new HashMap<>();

	private final List<Mention> named = new ArrayList<>();

	private final List<Mention> history = new ArrayList<>();

	private final Map<Long, Mention> byToken = new HashMap<>();

	private final Map<String, Integer> genderVotes = new HashMap<>();

	/** The roles the article gives its people, in reading order. */
	private final List<Holding> holdings = new ArrayList<>();

	private final Map<String, Integer> frequency = new HashMap<>();

	/** Ages the article gives ("Wang Xingxing, 35 ans,", "Xiao Hong, 33,"). */
	private final Map<String, Integer> ages = new HashMap<>();

	private final String mainOrganisation;

	private final PublicBodies bodies;

	/** A role the article gives a person ("Jensen Huang, le PDG de Nvidia"), and where it does. */
	record Holding(String person, String role, String organisation, long position) {

	}

	PersonIndex(List<BlockText> texts) {
		this.texts = texts;
		for (BlockText text : texts) {
			if (isNarration(text.block())) {
				collectNonPersons(text);
			}
		}
		for (BlockText text : texts) {
			if (isNarration(text.block())) {
				collectFullNames(text);
			}
			else if (text.block().isQuote() && text.block().attribution() != null) {
				addFullName(nameOfAttribution(text.block().attribution()));
			}
		}
		for (BlockText text : texts) {
			if (isNarration(text.block())) {
				collectMentions(text);
			}
			else if (text.block().isQuote() && text.block().attribution() != null) {
				noteAttributionRole(text.block().attribution(), position(text.block().index(), 0));
			}
		}
		voteGendersByPronouns();
		this.mainOrganisation = findMainOrganisation();
		this.bodies = new PublicBodies(texts);
		walk();
	}

	static long position(int block, int token) {
		return block * 1_000_000L + token;
	}

	/** Whether the block is the article's own voice: not a quotation, code or table. */
	static boolean isNarration(Block block) {
		return block.kind() != BlockKind.QUOTE && block.kind() != BlockKind.OTHER && block.quoteDepth() == 0;
	}

	/** The name part of an editor's attribution line ("Liang Wenfeng, fondateur" gives "Liang Wenfeng"). */
	static String nameOfAttribution(String attribution) {
		String name = attribution.strip();
		while (!name.isEmpty() && "\u2014\u2013-~ ".indexOf(name.charAt(0)) >= 0) {
			name = name.substring(1);
		}
		int comma = name.indexOf(',');
		if (comma > 0) {
			name = name.substring(0, comma);
		}
		int paren = name.indexOf('(');
		if (paren > 0) {
			name = name.substring(0, paren);
		}
		return name.strip();
	}

	// ---- names --------------------------------------------------------------------------------

	/** A run of capitalised words that can be a person's name, titles and organisations trimmed. */
	private record Run(int first, int last, Gender titleGender, int titleToken) {

	}

	private List<Run> runsOf(BlockText text) {
		List<Run> runs = new ArrayList<>();
		List<Token> tokens = text.tokens();
		int i = 0;
		while (i < tokens.size()) {
			if (!isNameWord(text, i)) {
				i++;
				continue;
			}
			int first = i;
			int last = i;
			while (last + 1 < tokens.size() && isNameWord(text, last + 1)) {
				last++;
			}
			i = last + 1;
			Gender titleGender = null;
			int titleToken = -1;
			if (first > 0 && Lexicon.isTitle(tokens.get(first - 1).key())) {
				String title = tokens.get(first - 1).key();
				titleGender = Lexicon.FEMALE_TITLES.contains(title) ? Gender.FEMALE
						: Lexicon.MALE_TITLES.contains(title) ? Gender.MALE : Gender.UNKNOWN;
				titleToken = first - 1;
			}
			int length = last - first + 1;
			boolean sentenceStart = isSentenceStart(text, (titleToken >= 0) ? titleToken : first);
			if (titleToken < 0 && length >= 3 && sentenceStart) {
				first++;
			}
			else if (titleToken < 0 && length >= 3 && first > 0
					&& Set.of("de", "d'", "du", "of", "chez", "at").contains(tokens.get(first - 1).key())) {
				first++;
			}
			if (last - first + 1 > 4 || affiliation(tokens, first)) {
				continue;
			}
			runs.add(new Run(first, last, titleGender, titleToken));
		}
		return runs;
	}

	/** "président de Volcano Engine", "founder of Moonshot AI": the words after are an organisation. */
	private static boolean affiliation(List<Token> tokens, int first) {
		return first >= 2 && Set.of("de", "d'", "du", "of", "at", "chez").contains(tokens.get(first - 1).key())
				&& Lexicon.ROLES.contains(tokens.get(first - 2).key());
	}

	private boolean isNameWord(BlockText text, int index) {
		Token token = text.token(index);
		if (token.type() != Token.Type.WORD || text.isQuoted(index) || !Lexicon.isNameLike(token.text())
				|| Lexicon.ROLES.contains(token.key()) || Lexicon.KNOWN_NON_PERSONS.contains(token.key())
				|| Lexicon.ORGANISATION_WORDS.contains(token.key()) || Lexicon.isTitle(token.key())
				|| Lexicon.inKnownPhrase(text.tokens(), index)) {
			return false;
		}
		if (index > 0 && Lexicon.ORGANISATION_NOUNS.contains(text.token(index - 1).key())) {
			return false;
		}
		if (!Lexicon.NOT_NAMES.contains(token.key())) {
			return true;
		}
		// a short surname that is also a word ("Ma Huateng", "Du Yu", "Pony Ma"), inside a sentence only
		boolean next = index + 1 < text.size() && Lexicon.isNameLike(text.token(index + 1).text())
				&& !Lexicon.isKnownNonPerson(text.token(index + 1).key());
		boolean previous = index > 0 && Lexicon.isNameLike(text.token(index - 1).text())
				&& !Lexicon.isKnownNonPerson(text.token(index - 1).key()) && !text.isQuoted(index - 1);
		return (next || previous) && Set.of("ma", "he", "du", "an").contains(token.key());
	}

	private static boolean isSentenceStart(BlockText text, int index) {
		if (index == 0) {
			return true;
		}
		Token before = text.token(index - 1);
		return before.endsSentence() || before.isMark() || before.is(":") || text.sentenceOf(index).first() == index;
	}

	/** Names the article shows to be a company or a product, folded: never a person. */
	private final Set<String> nonPersons = new HashSet<>();

	/** Words that, right after a name, make it a product: "Spark Lite API", "Hunyuan model". */
	private static final Set<String> PRODUCT_NOUNS = Set.of("api", "apis", "model", "models", "modele", "modeles",
			"app", "apps", "chatbot", "chip", "chips", "puce", "puces", "platform", "plateforme", "series", "serie");

	/** Verbs whose object is a company, not a person: "Il fonde Butterfly Effect", "joined OpenAI". */
	private static final Set<String> COMPANY_VERBS = Set.of("fonde", "fondee", "cofonde", "rejoint", "quitte",
			"rachete", "rachetee", "founded", "cofounded", "co-founded", "joined", "left", "acquired", "acquire",
			"acquires");

	/**
	 * Capitalised names that read as a company or a product, with no sign of a person (a title,
	 * a role, an age): the object of a founding ("Il fonde Butterfly Effect"), after "its" or
	 * "leur" ("its Spark Lite API"), before a product noun, or set beside a company noun ("La
	 * société qui édite Manus, Butterfly Effect, ...") or described by one ("Game Science (le studio
	 * de Black Myth)").
	 */
	private void collectNonPersons(BlockText text) {
		for (Run run : runsOf(text)) {
			if (run.titleToken() >= 0 || run.last() == run.first()) {
				continue;
			}
			String name = Lexicon.fold(join(text, run.first(), run.last()));
			Token before = (run.first() > 0) ? text.token(run.first() - 1) : null;
			Token after = (run.last() + 1 < text.size()) ? text.token(run.last() + 1) : null;
			boolean object = before != null && (COMPANY_VERBS.contains(before.key())
					|| Set.of("its", "their", "leur", "leurs").contains(before.key()));
			boolean product = after != null && PRODUCT_NOUNS.contains(after.key());
			boolean beside = before != null && before.is(",") && after != null && after.is(",")
					&& besideCompanyNoun(text, run.first());
			// only in brackets: after a comma, "Yin Qi, le groupe a recruté" goes on with another subject
			boolean described = after != null && after.is("(") && organisationNounAt(text, run.last() + 2);
			if (object || product || beside || described) {
				this.nonPersons.add(name);
			}
		}
	}

	/**
	 * Whether an organisation noun, after at most a determiner, stands at a token and is not the
	 * owner of what follows: "(le studio de Black Myth)", not "(the company's chief scientist)".
	 */
	private static boolean organisationNounAt(BlockText text, int i) {
		if (i < text.size() && (Lexicon.DEFINITE.contains(text.token(i).key())
				|| Lexicon.INDEFINITE.contains(text.token(i).key()))) {
			i++;
		}
		return i < text.size() && Lexicon.ORGANISATION_NOUNS.contains(text.token(i).key())
				&& !(i + 1 < text.size() && text.token(i + 1).isPossessive());
	}

	/** "La société qui édite Manus, X,": the clause before the comma is headed by a company noun. */
	private static boolean besideCompanyNoun(BlockText text, int first) {
		BlockText.Range sentence = text.sentenceOf(first);
		for (int i = first - 2; i >= sentence.first(); i--) {
			Token token = text.token(i);
			if (token.is(",")) {
				return false;
			}
			if (Lexicon.COMPANY_NOUNS.contains(token.key()) && i > sentence.first()
					&& Lexicon.DEFINITE.contains(text.token(i - 1).key()) && i - 1 == sentence.first()) {
				return true;
			}
		}
		return false;
	}

	private boolean isNonPerson(BlockText text, Run run) {
		return this.nonPersons.contains(Lexicon.fold(join(text, run.first(), run.last())));
	}

	private void collectFullNames(BlockText text) {
		for (Run run : runsOf(text)) {
			if (isNonPerson(text, run)) {
				continue;
			}
			if (run.last() > run.first()) {
				addFullName(join(text, run.first(), run.last()));
			}
		}
	}

	private void addFullName(String name) {
		List<String> words = Arrays.asList(Lexicon.fold(name).split("[\\s]+"));
		if (words.size() >= 2 && words.size() <= 4 && !name.isBlank()) {
			this.fullNames.putIfAbsent(name, words);
		}
	}

	private static String join(BlockText text, int first, int last) {
		return text.text().substring(text.token(first).start(), text.token(last).end());
	}

	/**
	 * The longest full name of the article that holds these words in a row, the one named last
	 * when several do; null when none does.
	 */
	String canonical(List<String> words) {
		String best = null;
		int bestLength = 0;
		int bestRecency = -1;
		for (Map.Entry<String, List<String>> entry : this.fullNames.entrySet()) {
			List<String> full = entry.getValue();
			if (full.size() < words.size() || indexOfRun(full, words) < 0) {
				continue;
			}
			int recency = lastNamed(entry.getKey());
			if (full.size() > bestLength || (full.size() == bestLength && recency > bestRecency)) {
				best = entry.getKey();
				bestLength = full.size();
				bestRecency = recency;
			}
		}
		return best;
	}

	/** The form an article-wide name takes (a surname becomes the full name), titles dropped. */
	String canonicalName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (String word : Lexicon.fold(name).split("[\\s]+")) {
			if (!word.isEmpty() && !Lexicon.isTitle(word)) {
				words.add(word);
			}
		}
		String full = canonical(words);
		if (full != null) {
			return full;
		}
		StringBuilder kept = new StringBuilder();
		for (String word : name.strip().split("\\s+")) {
			if (!Lexicon.isTitle(Lexicon.fold(word))) {
				kept.append(kept.length() > 0 ? " " : "").append(word);
			}
		}
		return kept.length() > 0 ? kept.toString() : name.strip();
	}

	private int lastNamed(String person) {
		for (int i = this.named.size() - 1; i >= 0; i--) {
			if (this.named.get(i).person().equals(person)) {
				return i;
			}
		}
		return -1;
	}

	private static int indexOfRun(List<String> full, List<String> words) {
		for (int i = 0; i + words.size() <= full.size(); i++) {
			if (full.subList(i, i + words.size()).equals(words)) {
				return i;
			}
		}
		return -1;
	}

	private void collectMentions(BlockText text) {
		for (Run run : runsOf(text)) {
			if (isNonPerson(text, run)) {
				continue;
			}
			List<String> words = new ArrayList<>();
			for (int i = run.first(); i <= run.last(); i++) {
				words.add(text.token(i).key());
			}
			String person = canonical(words);
			if (person == null) {
				if (words.size() == 1 && run.titleToken() < 0) {
					continue;
				}
				person = join(text, run.first(), run.last());
			}
			int start = (run.titleToken() >= 0) ? run.titleToken() : run.first();
			boolean subject = isSubjectPosition(text, start, run.last());
			Mention mention = new Mention(text.block().index(), start, run.last(), person, subject, true);
			this.named.add(mention);
			for (int i = start; i <= run.last(); i++) {
				this.byToken.put(position(text.block().index(), i), mention);
			}
			this.frequency.merge(person, 1, Integer::sum);
			if (run.titleGender() == Gender.FEMALE) {
				this.genderVotes.merge(person, -3, Integer::sum);
			}
			else if (run.titleGender() == Gender.MALE) {
				this.genderVotes.merge(person, 3, Integer::sum);
			}
			noteRoles(text, start, run.last(), person);
			noteAge(text, run.last(), person);
		}
	}

	/** Whether a name (or role) starting at {@code first} is the subject of its clause. */
	/** Words after which a name is the object of a preposition, not the subject: "présidé par Li Qiang". */
	private static final Set<String> PREPOSITIONS = Set.of("par", "de", "du", "des", "a", "au", "aux", "avec", "sans",
			"chez", "contre", "envers", "aupres", "by", "with", "of", "to", "from", "against");

	/**
	 * Whether a name, with the determiner, titles, role words and an apposition comma before it,
	 * follows a preposition ("un symposium présidé par le Premier ministre Li Qiang", "il s'est
	 * entretenu avec son président, Ren Hongbin", "a meeting with President Xi").
	 */
	private static final Set<String> OF = Set.of("de", "du", "des", "d", "of");

	private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("son", "sa", "ses", "leur", "leurs", "its", "his",
			"her", "their");

	private static boolean afterPreposition(BlockText text, int first) {
		int sentenceStart = text.sentenceOf(first).first();
		for (int i = first - 1; i >= Math.max(sentenceStart, first - 8); i--) {
			Token token = text.token(i);
			if (token.is(",")) {
				// an apposition to a role ("son président, Ren Hongbin") goes on; any other comma
				// closes what came before ("À la conférence de Pékin, Wang Xingxing a dit")
				if (i - 1 >= sentenceStart && Lexicon.ROLES.contains(text.token(i - 1).key())) {
					continue;
				}
				return false;
			}
			if (!token.isWord()) {
				return false;
			}
			String key = token.key();
			if (PREPOSITIONS.contains(key)) {
				// "le fondateur de DeepSeek, Liang Wenfeng": a role of an organisation, still the subject
				boolean roleOf = OF.contains(key) && i - 1 >= sentenceStart
						&& Lexicon.ROLES.contains(text.token(i - 1).key());
				if (!roleOf) {
					return true;
				}
				continue;
			}
			boolean skippable = Lexicon.ROLES.contains(key) || Lexicon.DEFINITE.contains(key)
					|| POSSESSIVE_DETERMINERS.contains(key) || Character.isUpperCase(token.text().charAt(0));
			if (!skippable) {
				return false;
			}
		}
		return false;
	}

	static boolean isSubjectPosition(BlockText text, int first, int last) {
		if (last + 1 < text.size() && text.token(last + 1).isPossessive()) {
			return false;
		}
		int before = first - 1;
		// skip a determiner and a role before the name: "le fondateur de DeepSeek, Liang Wenfeng"
		if (before < 0 || isSentenceStart(text, first)) {
			return true;
		}
		if (afterPreposition(text, first)) {
			return false;
		}
		Token previous = text.token(before);
		if (previous.is(",") || previous.is(";") || previous.is("(") || previous.isDash() || previous.isPossessive()) {
			return true;
		}
		String key = previous.key();
		if (Lexicon.CLAUSE_OPENERS.contains(key) || Lexicon.ROLES.contains(key)) {
			return true;
		}
		if (previous.type() == Token.Type.WORD && Character.isUpperCase(previous.text().charAt(0))
				&& !Lexicon.NOT_NAMES.contains(key)) {
			return true;
		}
		if (Lexicon.DEFINITE.contains(key) && before == text.sentenceOf(first).first()) {
			return true;
		}
		// "Pour Liang Wenfeng, ...", "Selon Tan Dai, ...": the topic of the sentence
		if (before == text.sentenceOf(first).first() && Set.of("pour", "selon", "for").contains(key)) {
			return true;
		}
		if (before > 0 && key.equals("apres") && before - 1 == text.sentenceOf(first).first()) {
			return true;
		}
		// "le président du conseil d'administration Joe Tsai"
		for (int i = before; i >= Math.max(0, first - 6); i--) {
			Token token = text.token(i);
			if (!token.isWord()) {
				return false;
			}
			if (Lexicon.ROLES.contains(token.key())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The roles an apposition gives a named person: after the name ("Jensen Huang, le PDG de
	 * Nvidia,", "Wang Haifeng, Baidu's chief technology officer,"), before it ("le fondateur de
	 * DeepSeek, Liang Wenfeng", "Nvidia's chief executive Jensen Huang", "le directeur technique
	 * Wang Haifeng"), or a founding ("fondé en 2014 par Tang Xiao'ou", "X founded Y").
	 */
	private void noteRoles(BlockText text, int first, int last, String person) {
		List<Token> tokens = text.tokens();
		long position = position(text.block().index(), first);
		BlockText.Range sentence = text.sentenceOf(first);
		if (last + 1 < text.size() && text.token(last + 1).is(",")) {
			for (int i = last + 2; i <= Math.min(sentence.last(), last + 5); i++) {
				if (text.token(i).is(",") || mentionAt(text.block().index(), i) != null) {
					break;
				}
				Roles.Phrase phrase = Roles.read(tokens, i);
				if (phrase != null) {
					hold(person, phrase, position);
					break;
				}
			}
		}
		int end = first - 1;
		if (end >= sentence.first() && text.token(end).is(",")) {
			end--;
		}
		Roles.Phrase before = null;
		for (int i = end; i >= Math.max(sentence.first(), end - 6); i--) {
			Token token = text.token(i);
			if (token.is(",") || token.isMark() || mentionAt(text.block().index(), i) != null) {
				break;
			}
			Roles.Phrase phrase = Roles.read(tokens, i);
			if (phrase != null && phrase.last() >= end) {
				before = phrase;
			}
		}
		if (before != null) {
			hold(person, before, position);
		}
		for (String key : roleWordsAround(text, first, last, sentence)) {
			noteRole(person, key);
		}
		noteFounding(text, first, last, person, position);
		noteTakingTheHelm(text, last, person, position);
		if (first >= 2 && text.token(first - 1).isPossessive() && Roles.isOrganisationWord(text.token(first - 2))) {
			// "Nvidia's Huang": tied to the organisation, in some role the text does not say
			this.holdings.add(new Holding(person, null, text.token(first - 2).key(), position));
		}
	}

	/** "Wang Xingxing, 35 ans,", "Xiao Hong, 33,", "Ren Zhengfei (80 ans)". */
	private void noteAge(BlockText text, int last, String person) {
		int number = last + 2;
		if (number + 1 >= text.size() || !(text.token(last + 1).is(",") || text.token(last + 1).is("("))) {
			return;
		}
		String digits = text.token(number).text();
		Token after = text.token(number + 1);
		boolean age = after.is(",") || after.is(")") || Set.of("ans", "years", "year-old").contains(after.key());
		if (age && digits.matches("[1-9][0-9]")) {
			this.ages.put(person, Integer.parseInt(digits));
		}
	}

	private static List<String> roleWordsAround(BlockText text, int first, int last, BlockText.Range sentence) {
		List<String> keys = new ArrayList<>();
		for (int i = first - 1; i >= Math.max(sentence.first(), first - 3); i--) {
			if (!text.token(i).isWord()) {
				break;
			}
			keys.add(text.token(i).key());
		}
		if (last + 1 < text.size() && text.token(last + 1).is(",")) {
			for (int i = last + 2; i <= Math.min(sentence.last(), last + 4); i++) {
				if (!text.token(i).isWord()) {
					break;
				}
				keys.add(text.token(i).key());
			}
		}
		return keys;
	}

	private void hold(String person, Roles.Phrase phrase, long position) {
		for (String role : phrase.past() ? List.<String>of() : phrase.roles()) {
			this.holdings.add(new Holding(person, role, phrase.organisation(), position));
		}
		if (phrase.gender() == Gender.FEMALE) {
			this.genderVotes.merge(person, -3, Integer::sum);
		}
		else if (phrase.gender() == Gender.MALE) {
			this.genderVotes.merge(person, 2, Integer::sum);
		}
	}

	/** "Eddie Wu prend la tête du groupe", "Wu took the helm of Alibaba": leads it from then on. */
	private void noteTakingTheHelm(BlockText text, int last, String person, long position) {
		BlockText.Range sentence = text.sentenceOf(last);
		for (int i = last + 1; i <= Math.min(sentence.last() - 2, last + 6); i++) {
			Token token = text.token(i);
			if (token.is(",") || token.isMark() || mentionAt(text.block().index(), i) != null) {
				return;
			}
			if (Set.of("tete", "helm", "reins").contains(token.key())
					&& Set.of("la", "the", "les").contains(text.token(i - 1).key())
					&& Set.of("de", "d'", "du", "des", "of").contains(text.token(i + 1).key())) {
				Token organisation = text.token(i + 2);
				this.holdings.add(new Holding(person, Roles.LEADER,
						Roles.isOrganisationWord(organisation) ? organisation.key() : null, position));
				return;
			}
		}
	}

	private static final Set<String> FOUNDED = Set.of("fonde", "fondee", "fondes", "fondees", "cofonde", "cofondee",
			"co-fonde", "co-fondee", "cree", "creee", "founded", "co-founded", "cofounded", "created", "fonda", "fondait");

	/**
	 * "fondé en 2014 par Tang Xiao'ou" (the organisation is the one named before, in the sentence
	 * or the one before it) and "Liang Wenfeng a fondé DeepSeek", "Xiao founded Butterfly Effect".
	 */
	private void noteFounding(BlockText text, int first, int last, String person, long position) {
		int i = first - 1;
		if (i >= 0 && Set.of("le", "la", "l'", "the").contains(text.token(i).key())) {
			i--;
		}
		if (i >= 1 && Set.of("par", "by").contains(text.token(i).key())) {
			BlockText.Range sentence = text.sentenceOf(first);
			for (int j = i - 1; j >= Math.max(sentence.first(), i - 8); j--) {
				if (FOUNDED.contains(text.token(j).key())) {
					String organisation = organisationBefore(text, j);
					this.holdings.add(new Holding(person, Roles.FOUNDER, organisation, position));
					return;
				}
			}
			return;
		}
		int j = last + 1;
		while (j < text.size() && text.token(j).isWord() && Lexicon.AUXILIARIES.contains(text.token(j).key())) {
			j++;
		}
		if (j + 1 < text.size() && FOUNDED.contains(text.token(j).key()) && Roles.isOrganisationWord(text.token(j + 1))
				&& !isNameWord(text, j + 1)) {
			this.holdings.add(new Holding(person, Roles.FOUNDER, text.token(j + 1).key(), position));
		}
	}

	/** The organisation named last before a token, in its sentence or the sentence before. */
	private String organisationBefore(BlockText text, int index) {
		int sentence = text.sentenceNumberOf(index);
		int from = text.sentences().get(Math.max(0, sentence - 1)).first();
		for (int i = index - 1; i >= from; i--) {
			Token token = text.token(i);
			if (Roles.isOrganisationWord(token) && !Lexicon.PLACES.contains(token.key()) && !text.isQuoted(i)
					&& mentionAt(text.block().index(), i) == null && !Lexicon.inKnownPhrase(text.tokens(), i)
					&& !isSentenceStart(text, i)) {
				return token.key();
			}
		}
		return null;
	}

	private void noteRole(String person, String key) {
		if (Lexicon.FEMALE_ROLES.contains(key)) {
			this.genderVotes.merge(person, -3, Integer::sum);
		}
		else if (Lexicon.MALE_ROLES.contains(key)) {
			this.genderVotes.merge(person, 2, Integer::sum);
		}
	}

	private void noteAttributionRole(String attribution, long position) {
		String person = canonicalName(nameOfAttribution(attribution));
		if (person == null) {
			return;
		}
		List<Token> tokens = Tokenizer.tokenize(attribution);
		for (int i = 0; i < tokens.size(); i++) {
			noteRole(person, tokens.get(i).key());
			Roles.Phrase phrase = Roles.read(tokens, i);
			if (phrase != null) {
				hold(person, phrase, position);
				i = phrase.last();
			}
		}
	}

	/** A role without its gender, so that "fondatrice" matches "fondateur". */
	static String roleStem(String key) {
		return switch (key) {
			case "fondatrice" -> "fondateur";
			case "cofondatrice", "co-fondatrice", "co-fondateur" -> "cofondateur";
			case "directrice" -> "directeur";
			case "presidente" -> "president";
			case "patronne" -> "patron";
			case "dirigeante" -> "dirigeant";
			case "chercheuse" -> "chercheur";
			case "ingenieure" -> "ingenieur";
			case "investisseuse" -> "investisseur";
			case "creatrice" -> "createur";
			case "co-founder" -> "cofounder";
			case "chairwoman" -> "chairman";
			default -> key;
		};
	}

	private void voteGendersByPronouns() {
		for (BlockText text : this.texts) {
			if (!isNarration(text.block())) {
				continue;
			}
			List<BlockText.Range> sentences = text.sentences();
			for (int s = 0; s < sentences.size(); s++) {
				Set<String> people = peopleIn(text, sentences.get(s));
				if (people.size() != 1) {
					continue;
				}
				String person = people.iterator().next();
				int vote = pronounVote(text, sentences.get(s));
				if (s + 1 < sentences.size() && peopleIn(text, sentences.get(s + 1)).isEmpty()) {
					vote += pronounVote(text, sentences.get(s + 1));
				}
				this.genderVotes.merge(person, Integer.signum(vote), Integer::sum);
			}
		}
	}

	private Set<String> peopleIn(BlockText text, BlockText.Range sentence) {
		Set<String> people = new LinkedHashSet<>();
		for (int i = sentence.first(); i <= sentence.last(); i++) {
			Mention mention = this.byToken.get(position(text.block().index(), i));
			if (mention != null && mention.named()) {
				people.add(mention.person());
			}
		}
		return people;
	}

	private static int pronounVote(BlockText text, BlockText.Range sentence) {
		int vote = 0;
		for (int i = sentence.first(); i <= sentence.last(); i++) {
			if (text.isQuoted(i)) {
				continue;
			}
			String key = text.token(i).key();
			if (Set.of("il", "he", "his", "him", "himself").contains(key)) {
				vote++;
			}
			else if (Set.of("elle", "she", "her", "herself").contains(key)) {
				vote--;
			}
		}
		return vote;
	}

	Gender genderOf(String person) {
		int votes = this.genderVotes.getOrDefault(person, 0);
		return (votes > 0) ? Gender.MALE : (votes < 0) ? Gender.FEMALE : Gender.UNKNOWN;
	}

	// ---- reading in order -------------------------------------------------------------------------

	private void walk() {
		for (BlockText text : this.texts) {
			if (!isNarration(text.block())) {
				continue;
			}
			int block = text.block().index();
			for (int i = 0; i < text.size(); i++) {
				Mention mention = this.byToken.get(position(block, i));
				if (mention != null && mention.named() && mention.firstToken() == i) {
					this.history.add(mention);
					i = mention.lastToken();
					continue;
				}
				if (text.isQuoted(i)) {
					continue;
				}
				Reference reference = referenceAt(text, i);
				if (reference == null) {
					continue;
				}
				String person = followsAnUnnamedSubject(text, reference) ? null : resolve(reference, block, i);
				if (person != null) {
					Mention resolved = new Mention(block, i, reference.last(), person,
							reference.pronoun() || isSubjectPosition(text, reference.start(), reference.last()), false);
					for (String role : reference.roles()) {
						this.holdings.add(new Holding(person, role, reference.organisation(), position(block, i)));
					}
					this.history.add(resolved);
					for (int t = i; t <= reference.last(); t++) {
						this.byToken.put(position(block, t), resolved);
					}
				}
				i = reference.last();
			}
		}
	}

	/**
	 * Whether a pronoun opening its sentence follows, in the same paragraph, a sentence whose
	 * subject is someone the text does not name and that names nobody: "A developer in Shenzhen
	 * was measured. He told Leiphone:" speaks of that developer, not of the last person named.
	 */
	private boolean followsAnUnnamedSubject(BlockText text, Reference reference) {
		if (!reference.pronoun() || reference.start() != text.sentenceOf(reference.start()).first()) {
			return false;
		}
		BlockText.Range previous = null;
		for (BlockText.Range sentence : text.sentences()) {
			if (sentence.last() < reference.start()) {
				previous = sentence;
			}
		}
		if (previous == null || previous.last() - previous.first() < 2) {
			return false;
		}
		Token article = text.token(previous.first());
		Token noun = text.token(previous.first() + 1);
		if (!Set.of("A", "An", "Un", "Une").contains(article.text()) || !noun.isWord()
				|| !Character.isLowerCase(noun.text().charAt(0))) {
			return false;
		}
		int block = text.block().index();
		for (int i = previous.first(); i <= previous.last(); i++) {
			Mention mention = this.byToken.get(position(block, i));
			if (mention != null && mention.named()) {
				return false;
			}
		}
		return true;
	}

	/** A word or two that points back to a person. */
	private record Reference(int start, int last, boolean pronoun, Gender gender, List<String> roles, int ordinal,
			String organisation) {

		Reference(int start, int last, boolean pronoun, Gender gender, int ordinal) {
			this(start, last, pronoun, gender, List.of(), ordinal, null);
		}

	}

	private Reference referenceAt(BlockText text, int i) {
		Token token = text.token(i);
		String key = token.key();
		if (Lexicon.MALE_PRONOUNS.contains(key)) {
			return new Reference(i, i, true, Gender.MALE, 0);
		}
		if (Lexicon.FEMALE_PRONOUNS.contains(key) && (token.inverted() || isSubjectPronoun(text, i))) {
			return new Reference(i, i, true, Gender.FEMALE, 0);
		}
		if (token.type() == Token.Type.WORD && Roles.roleAt(text.tokens(), i) != null) {
			return roleReference(text, i);
		}
		if (!Lexicon.DEFINITE.contains(key) || i + 2 >= text.size()) {
			return null;
		}
		int superlative = superlativeOfGroup(text, i);
		if (superlative > i) {
			int which = Set.of("jeune", "youngest").contains(text.token(i + ((key.equals("the")) ? 1 : 2)).key())
					? YOUNGEST : OLDEST;
			return new Reference(i, superlative, false, Gender.UNKNOWN, which);
		}
		String word = text.token(i + 1).key();
		boolean ordinal = Lexicon.FIRST_ORDINALS.contains(word) || Lexicon.SECOND_ORDINALS.contains(word);
		if (ordinal) {
			Token after = text.token(i + 2);
			boolean verbFollows = after.is(",") || Lexicon.AUXILIARIES.contains(after.key())
					|| SpeechVerbs.isSpeechVerb(text.tokens(), i + 2);
			if (verbFollows) {
				boolean demonstrative = Set.of("ce", "cet", "cette").contains(key);
				int which = (Lexicon.FIRST_ORDINALS.contains(word)) ? 1 : (demonstrative ? 3 : 2);
				return new Reference(i, i + 1, false, Gender.UNKNOWN, which);
			}
		}
		return null;
	}

	/**
	 * A role standing for a person: "le fondateur", "the Moonshot founder", "Baidu's chief
	 * executive", "son cofondateur". Not when a name follows ("le fondateur Liang Wenfeng", "le
	 * fondateur de DeepSeek, Liang Wenfeng") nor after an indefinite article ("un analyste").
	 */
	private Reference roleReference(BlockText text, int i) {
		Roles.Phrase phrase = Roles.read(text.tokens(), i);
		int next = phrase.last() + 1;
		if (next < text.size() && text.token(next).is(",")) {
			next++;
		}
		if (next < text.size() && (isNameWord(text, next) || mentionAt(text.block().index(), next) != null)) {
			// "le directeur technique Wang Haifeng", "le fondateur de DeepSeek, Liang Wenfeng"
			return null;
		}
		int start = -1;
		for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
			Token before = text.token(j);
			String key = before.key();
			if (Lexicon.INDEFINITE.contains(key)) {
				return null;
			}
			if (Lexicon.DEFINITE.contains(key) || Set.of("son", "sa", "his", "her", "its", "their", "leur").contains(key)) {
				start = j;
				break;
			}
			if (before.isPossessive()) {
				start = Math.max(0, j - 1);
				break;
			}
			if (!before.isWord()) {
				break;
			}
		}
		if (start < 0) {
			return null;
		}
		int after = phrase.last() + 1;
		if (phrase.organisation() == null && after + 1 < text.size()
				&& Set.of("de", "d'", "of", "at", "chez").contains(text.token(after).key())
				&& Lexicon.INDEFINITE.contains(text.token(after + 1).key())) {
			// "the head of an AI start-up": someone the text does not name
			return null;
		}
		return new Reference(start, Math.max(i, phrase.last()), false, phrase.gender(), phrase.roles(), 0,
				phrase.organisation());
	}

	private static final int YOUNGEST = 4;

	private static final int OLDEST = 5;

	/**
	 * The last token of "le plus jeune d'entre eux", "le plus âgé d'entre eux", "the youngest of
	 * them", or -1: a superlative of age over the people just named.
	 */
	private static int superlativeOfGroup(BlockText text, int i) {
		List<String> french = List.of("plus", "*", "d'", "entre", "eux");
		List<String> english = List.of("*", "of", "them");
		for (List<String> pattern : List.of(french, english)) {
			int last = i + pattern.size();
			if (last >= text.size()) {
				continue;
			}
			boolean matches = true;
			for (int k = 0; k < pattern.size() && matches; k++) {
				String key = text.token(i + 1 + k).key();
				matches = pattern.get(k).equals("*") ? Set.of("jeune", "age", "agee", "vieux", "youngest", "oldest")
					.contains(key) : pattern.get(k).equals(key) || (key.equals("elles") && pattern.get(k).equals("eux"));
			}
			if (matches) {
				return last;
			}
		}
		return -1;
	}

	/** "elle" is a subject unless a preposition stands before it ("pour elle"). */
	private static boolean isSubjectPronoun(BlockText text, int i) {
		return i == 0 || !Lexicon.PREPOSITIONS.contains(text.token(i - 1).key());
	}

	private String resolve(Reference reference, int block, int token) {
		long position = position(block, token);
		if (reference.ordinal() > 0) {
			return resolveOrdinal(reference.ordinal(), position);
		}
		if (!reference.roles().isEmpty()) {
			return resolveRole(reference, block, position);
		}
		return resolvePronoun(reference.gender(), position);
	}

	/**
	 * The person a pronoun of this gender refers to at a position: the last person of a compatible
	 * gender named in subject position, else the last compatible person named, else the last person.
	 */
	String resolvePronoun(Gender gender, long position) {
		List<Mention> before = historyBefore(position);
		for (int pass = 0; pass < 4; pass++) {
			for (int i = before.size() - 1; i >= 0; i--) {
				Mention mention = before.get(i);
				Gender known = genderOf(mention.person());
				boolean fits = switch (pass) {
					case 0 -> mention.subject() && compatible(gender, known);
					case 1 -> compatible(gender, known);
					case 2 -> mention.subject() && known != opposite(gender);
					default -> true;
				};
				if (fits) {
					return mention.person();
				}
			}
		}
		return null;
	}

	private static Gender opposite(Gender gender) {
		return (gender == Gender.MALE) ? Gender.FEMALE : (gender == Gender.FEMALE) ? Gender.MALE : null;
	}

	private static boolean compatible(Gender wanted, Gender known) {
		return switch (wanted) {
			case MALE -> known != Gender.FEMALE;
			case FEMALE -> known == Gender.FEMALE;
			default -> true;
		};
	}

	/**
	 * A definite role ("le patron de Nvidia", "Baidu's chief executive", "le directeur technique"):
	 * the one person the article has given that role, at that organisation when the reference
	 * names one, before this point; else the one person given a role that covers it (a chief
	 * executive is the "patron"), else the one person tied to that organisation. When nobody holds
	 * the role yet, the role introduces the person just named in subject position, unless the
	 * article gave that person another role. Two candidates or none give null: a guess would put
	 * words in someone's mouth.
	 */
	private String resolveRole(Reference reference, int block, long position) {
		List<Holding> known = new ArrayList<>();
		for (Holding holding : this.holdings) {
			if (holding.position() < position && genderOf(holding.person()) != opposite(reference.gender())) {
				known.add(holding);
			}
		}
		String organisation = reference.organisation();
		List<Set<String>> tiers = new ArrayList<>();
		tiers.add(holders(known, reference, organisation, false, true));
		tiers.add(holders(known, reference, organisation, false, false));
		tiers.add(holders(known, reference, organisation, true, true));
		tiers.add(holders(known, reference, organisation, true, false));
		if (organisation != null) {
			// "Nvidia's Huang": tied to the organisation in no stated role, so none that conflicts
			Set<String> tied = new LinkedHashSet<>();
			Set<String> otherRole = new HashSet<>();
			for (Holding holding : known) {
				if (organisation.equals(holding.organisation())) {
					(holding.role() == null ? tied : otherRole).add(holding.person());
				}
			}
			tied.removeAll(otherRole);
			tiers.add(tied);
		}
		for (Set<String> tier : tiers) {
			if (tier.size() == 1) {
				return tier.iterator().next();
			}
			if (tier.size() > 1) {
				return null;
			}
		}
		return introducedBy(reference, block, position, known);
	}

	/**
	 * The people holding one of the roles of a reference, at its organisation if it names one:
	 * {@code related} allows a covering role, {@code strict} asks for that organisation written
	 * out rather than left unsaid.
	 */
	private static Set<String> holders(List<Holding> known, Reference reference, String organisation, boolean related,
			boolean strict) {
		Set<String> people = new LinkedHashSet<>();
		for (Holding holding : known) {
			if (holding.role() == null) {
				continue;
			}
			boolean role = reference.roles()
				.stream()
				.anyMatch((asked) -> related ? Roles.related(asked, holding.role()) : Roles.same(asked, holding.role()));
			boolean place = (organisation == null) || organisation.equals(holding.organisation())
					|| (!strict && holding.organisation() == null);
			if (role && place) {
				people.add(holding.person());
			}
		}
		return people;
	}

	/** "Robin Li did not hide it. [...] the company's co-founder and chief executive said". */
	private String introducedBy(Reference reference, int block, long position, List<Holding> known) {
		List<Mention> before = historyBefore(position);
		int previous = block - 1;
		while (previous >= 0 && !isNarration(this.texts.get(previous).block())) {
			previous--;
		}
		for (int i = before.size() - 1; i >= 0; i--) {
			Mention mention = before.get(i);
			if (mention.block() < previous) {
				return mainPerson(reference, known);
			}
			if (!mention.subject() || !compatible(reference.gender(), genderOf(mention.person()))) {
				continue;
			}
			if (anotherSubjectBeside(mention, before)) {
				// "Zhang Yiming et Liang Rubo, tous deux cofondateurs": the role fits either
				return null;
			}
			for (Holding holding : known) {
				boolean otherRole = holding.role() != null && holding.person().equals(mention.person());
				boolean otherPlace = reference.organisation() != null && holding.organisation() != null
						&& holding.person().equals(mention.person())
						&& !holding.organisation().equals(reference.organisation());
				if (otherRole || otherPlace) {
					return mainPerson(reference, known);
				}
			}
			return mention.person();
		}
		return mainPerson(reference, known);
	}

	private boolean anotherSubjectBeside(Mention mention, List<Mention> before) {
		for (Mention other : before) {
			if (other.block() == mention.block() && other.named() && other.subject()
					&& !other.person().equals(mention.person()) && sameSentence(other, mention)) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> LEADING_ROLES = Set.of(Roles.CEO, Roles.LEADER, Roles.FOUNDER, Roles.COFOUNDER,
			Roles.PRESIDENT, Roles.CHAIR);

	/**
	 * "Le patron de Baidu" or "le PDG" that nobody has been given in an article about one person:
	 * the person the article names far more than anyone else leads the company it is about, unless
	 * it gave them another role or another organisation.
	 */
	private String mainPerson(Reference reference, List<Holding> known) {
		if (reference.roles().stream().noneMatch(LEADING_ROLES::contains)) {
			return null;
		}
		String best = null;
		int count = 0;
		int second = 0;
		for (Map.Entry<String, Integer> entry : this.frequency.entrySet()) {
			if (entry.getValue() > count) {
				second = count;
				best = entry.getKey();
				count = entry.getValue();
			}
			else if (entry.getValue() > second) {
				second = entry.getValue();
			}
		}
		if (best == null || count < 3 || count < 2 * second || !compatible(reference.gender(), genderOf(best))) {
			return null;
		}
		String organisation = reference.organisation();
		for (Holding holding : known) {
			boolean theirs = holding.person().equals(best);
			if (theirs && holding.role() != null && !reference.roles().contains(holding.role())) {
				return null;
			}
			boolean elsewhere = organisation != null && holding.organisation() != null
					&& (theirs != organisation.equals(holding.organisation()));
			if (elsewhere) {
				// the person works elsewhere, or someone else is the one tied to that organisation
				return null;
			}
		}
		return best;
	}

	/**
	 * "Le premier" and "le second" (1 and 2) pick among the people of the last sentence naming two
	 * or more; "ce dernier" (3) is the last person named.
	 */
	private String resolveOrdinal(int which, long position) {
		List<Mention> before = historyBefore(position);
		if (which == YOUNGEST || which == OLDEST) {
			return resolveByAge(which, before);
		}
		if (which == 3) {
			return before.isEmpty() ? null : before.get(before.size() - 1).person();
		}
		for (int i = before.size() - 1; i > 0; i--) {
			Mention last = before.get(i);
			List<String> together = new ArrayList<>();
			for (int j = i; j >= 0; j--) {
				Mention other = before.get(j);
				if (other.block() != last.block() || !sameSentence(other, last)) {
					break;
				}
				if (other.named() && !together.contains(other.person())) {
					together.add(0, other.person());
				}
			}
			if (together.size() >= 2) {
				return (which == 1) ? together.get(0) : together.get(together.size() - 1);
			}
		}
		return null;
	}

	/**
	 * "Le plus jeune d'entre eux" among the people of the last sentence naming several: the one
	 * the ages the article gives single out; else the subject that sentence counted "l'un des"
	 * them ("X est l'un des entrepreneurs invités"), whom the superlative singles out; else null.
	 */
	private String resolveByAge(int which, List<Mention> before) {
		if (before.isEmpty()) {
			return null;
		}
		Mention last = before.get(before.size() - 1);
		List<Mention> group = new ArrayList<>();
		for (int j = before.size() - 1; j >= 0; j--) {
			Mention other = before.get(j);
			if (other.block() != last.block() || !sameSentence(other, last)) {
				break;
			}
			if (other.named()) {
				group.add(0, other);
			}
		}
		if (group.size() < 2) {
			return null;
		}
		String chosen = null;
		int aged = 0;
		for (Mention mention : group) {
			Integer age = this.ages.get(mention.person());
			if (age == null) {
				continue;
			}
			aged++;
			Integer best = (chosen != null) ? this.ages.get(chosen) : null;
			if (best == null || ((which == YOUNGEST) ? age < best : age > best)) {
				chosen = mention.person();
			}
		}
		if (aged >= 2 && aged == new LinkedHashSet<>(group.stream().map(Mention::person).toList()).size()) {
			return chosen;
		}
		Mention first = group.get(0);
		BlockText text = textOf(first.block());
		int after = first.lastToken() + 1;
		while (after < text.size() && Lexicon.AUXILIARIES.contains(text.token(after).key())
				|| after < text.size() && Set.of("est", "etait", "fut", "is", "was").contains(text.token(after).key())) {
			after++;
		}
		boolean oneOf = after + 1 < text.size() && (text.token(after).key().equals("l'")
				&& Set.of("un", "une").contains(text.token(after + 1).key())
				|| text.token(after).key().equals("one") && text.token(after + 1).key().equals("of"));
		return (first.subject() && oneOf) ? first.person() : null;
	}

	private boolean sameSentence(Mention a, Mention b) {
		BlockText text = textOf(a.block());
		return text != null && text.sentenceOf(a.firstToken()).equals(text.sentenceOf(b.firstToken()));
	}

	private BlockText textOf(int block) {
		return (block >= 0 && block < this.texts.size()) ? this.texts.get(block) : null;
	}

	private List<Mention> historyBefore(long position) {
		int end = 0;
		while (end < this.history.size() && this.history.get(end).position() < position) {
			end++;
		}
		return this.history.subList(0, end);
	}

	// ---- questions the attribution asks ---------------------------------------------------------

	/** The person a token names or refers to, if any. */
	Mention mentionAt(int block, int token) {
		return this.byToken.get(position(block, token));
	}

	/** The public body a token names or describes ("la CAC", "le régulateur chinois"), or null. */
	String bodyAt(int block, int token) {
		return this.bodies.at(block, token);
	}

	/** The last person referred to before a position, preferring subjects. */
	String lastSubjectBefore(long position) {
		return resolvePronoun(Gender.UNKNOWN, position);
	}

	/**
	 * The company the article is about: the organisation it names most ("Moonshot AI"), which
	 * "l'entreprise" or "the company" stands for. Null when it names none.
	 */
	String mainOrganisation() {
		return this.mainOrganisation;
	}

	private String findMainOrganisation() {
		Map<String, Integer> counts = new HashMap<>();
		Map<String, String> forms = new HashMap<>();
		for (BlockText text : this.texts) {
			if (!isNarration(text.block())) {
				continue;
			}
			for (int i = 0; i < text.size(); i++) {
				Token token = text.token(i);
				String key = token.key();
				if (token.type() != Token.Type.WORD || text.isQuoted(i) || !Character.isUpperCase(token.text().charAt(0))
						|| Lexicon.NOT_NAMES.contains(key) || Lexicon.PLACES.contains(key) || Lexicon.ROLES.contains(key)
						|| Lexicon.ORGANISATION_WORDS.contains(key) || Lexicon.isTitle(key)
						|| mentionAt(text.block().index(), i) != null || token.text().chars().anyMatch(Character::isDigit)) {
					continue;
				}
				boolean known = Lexicon.KNOWN_NON_PERSONS.contains(key) || !Lexicon.isNameLike(token.text());
				if (!known && isSentenceStart(text, i)) {
					continue;
				}
				int last = i;
				while (last + 1 < text.size() && text.token(last + 1).type() == Token.Type.WORD
						&& (text.token(last + 1).text().equals("AI") || Lexicon.ORGANISATION_WORDS
							.contains(text.token(last + 1).key()) && Character.isUpperCase(text.token(last + 1).text().charAt(0)))) {
					last++;
				}
				String form = text.text().substring(token.start(), text.token(last).end());
				counts.merge(key, 1, Integer::sum);
				String known2 = forms.get(key);
				if (known2 == null || form.length() > known2.length()) {
					forms.put(key, form);
				}
				i = last;
			}
		}
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= 2)
			.max(Map.Entry.comparingByValue())
			.map((entry) -> forms.get(entry.getKey()))
			.orElse(null);
	}

	/** Whether a name as written is one of the article's people. */
	boolean isPerson(String name) {
		return this.frequency.containsKey(name);
	}

}
