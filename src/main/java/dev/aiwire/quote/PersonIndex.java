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

	private final Map<String, Set<String>> roles = new HashMap<>();

	private final Map<String, Integer> frequency = new HashMap<>();

	private final String mainOrganisation;

	/** Organisations named next to a person's name ("Robin Li, PDG de Baidu"). */
	private final Map<String, Set<String>> affiliations = new HashMap<>();

	PersonIndex(List<BlockText> texts) {
		this.texts = texts;
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
				noteAttributionRole(text.block().attribution());
			}
		}
		voteGendersByPronouns();
		walk();
		this.mainOrganisation = findMainOrganisation();
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
				|| Lexicon.ORGANISATION_WORDS.contains(token.key()) || Lexicon.isTitle(token.key())) {
			return false;
		}
		if (index > 0 && Lexicon.ORGANISATION_NOUNS.contains(text.token(index - 1).key())) {
			return false;
		}
		if (!Lexicon.NOT_NAMES.contains(token.key())) {
			return true;
		}
		// a short surname that is also a word ("Ma Huateng", "Du Yu"), inside a sentence only
		boolean next = index + 1 < text.size() && Lexicon.isNameLike(text.token(index + 1).text())
				&& !Lexicon.isKnownNonPerson(text.token(index + 1).key());
		return next && Set.of("ma", "he", "du", "an").contains(token.key());
	}

	private static boolean isSentenceStart(BlockText text, int index) {
		if (index == 0) {
			return true;
		}
		Token before = text.token(index - 1);
		return before.endsSentence() || before.isMark() || before.is(":") || text.sentenceOf(index).first() == index;
	}

	private void collectFullNames(BlockText text) {
		for (Run run : runsOf(text)) {
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
		}
	}

	/** Whether a name (or role) starting at {@code first} is the subject of its clause. */
	static boolean isSubjectPosition(BlockText text, int first, int last) {
		if (last + 1 < text.size() && text.token(last + 1).isPossessive()) {
			return false;
		}
		int before = first - 1;
		// skip a determiner and a role before the name: "le fondateur de DeepSeek, Liang Wenfeng"
		if (before < 0 || isSentenceStart(text, first)) {
			return true;
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

	private void noteRoles(BlockText text, int first, int last, String person) {
		BlockText.Range sentence = text.sentenceOf(first);
		for (int i = first - 1; i >= Math.max(sentence.first(), first - 5); i--) {
			Token token = text.token(i);
			if (token.isMark() || token.is(":")) {
				break;
			}
			noteRole(person, token.key());
			noteAffiliation(person, token);
		}
		if (last + 1 < text.size() && text.token(last + 1).is(",")) {
			for (int i = last + 2; i <= Math.min(sentence.last(), last + 6); i++) {
				if (text.token(i).is(",")) {
					break;
				}
				noteRole(person, text.token(i).key());
				noteAffiliation(person, text.token(i));
			}
		}
	}

	private void noteAffiliation(String person, Token token) {
		if (token.type() == Token.Type.WORD && Character.isUpperCase(token.text().charAt(0))
				&& !Lexicon.NOT_NAMES.contains(token.key()) && !Lexicon.ROLES.contains(token.key())
				&& !this.fullNames.containsKey(token.text())) {
			this.affiliations.computeIfAbsent(person, (p) -> new HashSet<>()).add(token.key());
		}
	}

	private void noteRole(String person, String key) {
		if (Lexicon.ROLES.contains(key)) {
			this.roles.computeIfAbsent(person, (p) -> new HashSet<>()).add(roleStem(key));
		}
		if (Lexicon.FEMALE_ROLES.contains(key)) {
			this.genderVotes.merge(person, -3, Integer::sum);
		}
		else if (Lexicon.MALE_ROLES.contains(key)) {
			this.genderVotes.merge(person, 2, Integer::sum);
		}
	}

	private void noteAttributionRole(String attribution) {
		String person = canonicalName(nameOfAttribution(attribution));
		if (person == null) {
			return;
		}
		for (Token token : Tokenizer.tokenize(attribution)) {
			noteRole(person, token.key());
		}
	}

	/** The organisation a role is qualified by: "le patron de Baidu", "the Moonshot founder", "Baidu's CEO". */
	private static String organisationNear(BlockText text, int start, int last) {
		for (int i = start; i <= Math.min(text.size() - 1, last + 3); i++) {
			Token token = text.token(i);
			if (i > last && !(token.isWord() && (Set.of("de", "d'", "du", "of", "at").contains(token.key())
					|| Character.isUpperCase(token.text().charAt(0))))) {
				break;
			}
			if (token.type() == Token.Type.WORD && Character.isUpperCase(token.text().charAt(0))
					&& !Lexicon.NOT_NAMES.contains(token.key()) && !Lexicon.ROLES.contains(token.key())) {
				return token.key();
			}
		}
		return null;
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
				String person = resolve(reference, block, i);
				if (person != null) {
					Mention resolved = new Mention(block, i, reference.last(), person,
							reference.pronoun() || isSubjectPosition(text, reference.start(), reference.last()), false);
					if (reference.role() != null) {
						this.roles.computeIfAbsent(person, (p) -> new HashSet<>()).add(reference.role());
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

	/** A word or two that points back to a person. */
	private record Reference(int start, int last, boolean pronoun, Gender gender, String role, int ordinal,
			String organisation) {

		Reference(int start, int last, boolean pronoun, Gender gender, String role, int ordinal) {
			this(start, last, pronoun, gender, role, ordinal, null);
		}

	}

	private Reference referenceAt(BlockText text, int i) {
		Token token = text.token(i);
		String key = token.key();
		if (Lexicon.MALE_PRONOUNS.contains(key)) {
			return new Reference(i, i, true, Gender.MALE, null, 0);
		}
		if (Lexicon.FEMALE_PRONOUNS.contains(key) && (token.inverted() || isSubjectPronoun(text, i))) {
			return new Reference(i, i, true, Gender.FEMALE, null, 0);
		}
		if (token.type() == Token.Type.WORD && Lexicon.ROLES.contains(key)) {
			return roleReference(text, i);
		}
		if (!Lexicon.DEFINITE.contains(key) || i + 2 >= text.size()) {
			return null;
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
				return new Reference(i, i + 1, false, Gender.UNKNOWN, null, which);
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
		for (int j = i + 1; j < Math.min(text.size(), i + 7); j++) {
			Token after = text.token(j);
			if (after.endsSentence() || after.isMark() || after.is(":")) {
				break;
			}
			if (isNameWord(text, j) && (j == i + 1 || text.token(j - 1).is(","))) {
				return null;
			}
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
		int last = i;
		while (last + 2 < text.size() && (text.token(last + 1).key().equals("and") || text.token(last + 1).key().equals("et"))) {
			int next = last + 2;
			if (next + 1 < text.size() && !Lexicon.ROLES.contains(text.token(next).key())) {
				next++;
			}
			if (!Lexicon.ROLES.contains(text.token(next).key())) {
				break;
			}
			last = next;
		}
		String key = text.token(i).key();
		Gender gender = Lexicon.FEMALE_ROLES.contains(key) ? Gender.FEMALE
				: Lexicon.MALE_ROLES.contains(key) ? Gender.MALE : Gender.UNKNOWN;
		return new Reference(start, last, false, gender, roleStem(key), 0, organisationNear(text, start, last));
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
		if (reference.role() != null) {
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
	 * A definite role: the person named with that role and the same organisation, else the last
	 * person named with that role, else the last subject of this paragraph or the one before, else
	 * the person the article names most.
	 */
	private String resolveRole(Reference reference, int block, long position) {
		List<Mention> before = historyBefore(position);
		String organisation = reference.organisation();
		if (organisation != null) {
			for (int i = before.size() - 1; i >= 0; i--) {
				if (this.affiliations.getOrDefault(before.get(i).person(), Set.of()).contains(organisation)) {
					return before.get(i).person();
				}
			}
		}
		for (int i = before.size() - 1; i >= 0; i--) {
			if (this.roles.getOrDefault(before.get(i).person(), Set.of()).contains(reference.role())) {
				return before.get(i).person();
			}
		}
		for (int i = before.size() - 1; i >= 0; i--) {
			Mention mention = before.get(i);
			if (mention.block() < block - 1) {
				break;
			}
			if (mention.subject() && compatible(reference.gender(), genderOf(mention.person()))) {
				return mention.person();
			}
		}
		return mostFrequent(reference.gender());
	}

	private int rolesHolders(String role) {
		return (int) this.roles.values().stream().filter((set) -> set.contains(role)).count();
	}

	private String mostFrequent(Gender gender) {
		String best = null;
		int count = 0;
		for (Map.Entry<String, Integer> entry : this.frequency.entrySet()) {
			if (entry.getValue() > count && compatible(gender, genderOf(entry.getKey()))) {
				best = entry.getKey();
				count = entry.getValue();
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
