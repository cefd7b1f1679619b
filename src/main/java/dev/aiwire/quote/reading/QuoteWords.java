package dev.aiwire.quote.reading;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.aiwire.language.Language;
import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;

/**
 * The words the quotation rules reason with, for one language, read once from the
 * language's folder ({@code language/<code>/*.txt}, see
 * {@link dev.aiwire.language.WordList}). Every word is held folded (lower case, no
 * accents, straight apostrophes), as {@link Token#key()} is. A language without one of
 * these lists simply gives the rules no words of that kind.
 */
public final class QuoteWords {

	private static final Map<String, QuoteWords> BY_LANGUAGE = new ConcurrentHashMap<>();

	/**
	 * The lists of capitalised words that are no names in articles of every language,
	 * from the languages whose {@code language.properties} say so
	 * ({@code quote.not-names-everywhere=true}).
	 */
	private static final List<WordList> NOT_NAMES_EVERYWHERE = Languages.all()
		.stream()
		.filter((language) -> language.setting("quote.not-names-everywhere").map(Boolean::parseBoolean).orElse(false))
		.map((language) -> language.words("not-names"))
		.toList();

	/** The three genders a word can tell of a person or a thing. */
	public enum Gender {

		MALE, FEMALE, UNKNOWN;

		public static Gender of(String attribute) {
			if (attribute == null) {
				return UNKNOWN;
			}
			return switch (attribute) {
				case "m" -> MALE;
				case "f" -> FEMALE;
				default -> UNKNOWN;
			};
		}

	}

	/**
	 * What a pronoun tells: its gender, whether it is plural, and whether it stands for a
	 * thing.
	 */
	public record Pronoun(Gender gender, boolean plural, boolean neuter, boolean subject) {

	}

	/**
	 * What a role noun says: its meaning ({@code ceo}, {@code founder}), the gender it
	 * tells, and the meanings a general word also stands for ("patron" covers a chief
	 * executive or a founder).
	 */
	public record Role(String meaning, Gender gender, Set<String> covers) {

		/** Whether someone holding a role of this meaning may be called by this word. */
		public boolean fits(String held) {
			return this.meaning.equals(held) || this.covers.contains(held);
		}

	}

	private final Language language;

	private final Verbs verbs;

	private final Set<String> according;

	private final Set<String> weakAccording;

	private final Map<String, Gender> titles;

	private final Map<String, Role> roles;

	/** The meanings of the roles that describe a person rather than name a function. */
	private final Set<String> descriptions;

	// the lists the rules ask about at nearly every word, found once
	private final WordList definite;

	private final WordList indefinite;

	private final WordList crowd;

	private final WordList notNames;

	private final WordList organisationNounList;

	/** The keys of the debris list by their first character (a list has no empty key). */
	private final Map<Character, String[]> debrisByInitial;

	/**
	 * Every beginning of a role's words ("c", "ch", ..., "chief executive"): a phrase
	 * that begins no role cannot grow into one, so {@link #roleAt} stops there.
	 */
	private final Set<String> roleBeginnings = new HashSet<>();

	/** Every beginning of an "according to" phrase, weak ones included. */
	private final Set<String> accordingBeginnings = new HashSet<>();

	private final Map<String, Pronoun> pronouns;

	private final Map<String, Gender> organisationNouns;

	private final WordList publicBodyWords;

	private QuoteWords(Language language) {
		this.language = language;
		this.verbs = new Verbs(language.words("speech-verbs"), language.words("noun-like-verb-forms"),
				language.words("auxiliaries"), keys("governing-verbs"), keys("prepositions"), keys("pronouns"),
				subjectPronouns(language), keys("amounts"));
		this.according = new HashSet<>();
		this.weakAccording = new HashSet<>();
		for (WordList.Entry entry : language.words("according").entries()) {
			("weak".equals(entry.attribute("kind")) ? this.weakAccording : this.according).add(entry.key());
		}
		this.titles = new HashMap<>();
		for (WordList.Entry entry : language.words("titles").entries()) {
			Gender gender = Gender.of(entry.attribute("gender"));
			this.titles.put(entry.key(), gender);
			if (entry.key().endsWith(".")) {
				this.titles.put(entry.key().substring(0, entry.key().length() - 1), gender);
			}
		}
		this.roles = new HashMap<>();
		this.descriptions = new HashSet<>();
		for (WordList.Entry entry : language.words("roles").entries()) {
			if ("description".equals(entry.attribute("kind"))) {
				this.descriptions.add(entry.attribute("role"));
			}
			String covers = entry.attribute("covers");
			this.roles.put(entry.key(), new Role(entry.attribute("role"), Gender.of(entry.attribute("gender")),
					(covers != null) ? Set.of(covers.split(",")) : Set.of()));
		}
		this.roles.keySet().forEach((key) -> addBeginnings(key, this.roleBeginnings));
		this.according.forEach((key) -> addBeginnings(key, this.accordingBeginnings));
		this.weakAccording.forEach((key) -> addBeginnings(key, this.accordingBeginnings));
		this.definite = language.words("definite");
		this.indefinite = language.words("indefinite");
		this.crowd = language.words("crowd");
		this.notNames = language.words("not-names");
		this.organisationNounList = language.words("organisation-nouns");
		this.publicBodyWords = language.words("public-body-words");
		Map<Character, List<String>> byInitial = new HashMap<>();
		for (String key : language.words("debris").keys()) {
			byInitial.computeIfAbsent(key.charAt(0), (initial) -> new java.util.ArrayList<>()).add(key);
		}
		this.debrisByInitial = new HashMap<>();
		byInitial.forEach((initial, keys) -> this.debrisByInitial.put(initial, keys.toArray(new String[0])));
		this.pronouns = new HashMap<>();
		for (WordList.Entry entry : language.words("pronouns").entries()) {
			String gender = entry.attribute("gender");
			this.pronouns.put(entry.key(),
					new Pronoun(Gender.of(gender), "plural".equals(entry.attribute("number")), "neuter".equals(gender),
							!"stressed".equals(entry.attribute("case")) && !"object".equals(entry.attribute("case"))));
		}
		this.organisationNouns = new HashMap<>();
		for (WordList.Entry entry : language.words("organisation-nouns").entries()) {
			this.organisationNouns.put(entry.key(), Gender.of(entry.attribute("gender")));
		}
		// asked at every word: kept as sets of folded keys
		this.alonePointers = keysWith(language.words("pointers"), "alone", "yes");
		this.writtenLowercase = keysWith(Languages.common("organisations"), "written", "lowercase");
		this.creditCues = language.words("credit-cues").keys().toArray(new String[0]);
	}

	private static Set<String> keysWith(WordList list, String attribute, String value) {
		Set<String> keys = new HashSet<>();
		list.with(attribute, value).forEach((entry) -> keys.add(entry.key()));
		return Set.copyOf(keys);
	}

	private final Set<String> alonePointers;

	private final Set<String> writtenLowercase;

	private final String[] creditCues;

	private static void addBeginnings(String key, Set<String> into) {
		for (int end = 1; end <= key.length(); end++) {
			into.add(key.substring(0, end));
		}
	}

	/**
	 * The words of the language an article is written in (the default language's if
	 * unknown).
	 */
	public static QuoteWords of(String languageCode) {
		Language language = Languages.of(languageCode);
		return BY_LANGUAGE.computeIfAbsent(language.code(), (code) -> new QuoteWords(language));
	}

	public Language language() {
		return this.language;
	}

	/** The speech verbs of the language. */
	public Verbs verbs() {
		return this.verbs;
	}

	/**
	 * Whether a folded word or phrase introduces a source: "selon", "d'après", "according
	 * to".
	 */
	public boolean isAccording(String key) {
		return this.according.contains(key);
	}

	/**
	 * Whether it introduces a source only when a comma follows the name: "pour X, ...".
	 */
	public boolean isWeakAccording(String key) {
		return this.weakAccording.contains(key);
	}

	/**
	 * Whether a mention from one token to another is the subject a cleft sentence sets
	 * apart: "It was Chen Yunji who ...", « C'est Zhao Haijun qui ... ».
	 */
	public boolean isCleftFocus(List<Token> tokens, int first, int last) {
		if (last + 1 >= tokens.size() || !cleft(tokens.get(last + 1).key(), "after")) {
			return false;
		}
		for (int start = Math.max(0, first - 2); start < first; start++) {
			StringBuilder phrase = new StringBuilder();
			for (int i = start; i < first; i++) {
				if (!tokens.get(i).isWord()) {
					phrase.setLength(0);
					break;
				}
				if (phrase.length() > 0 && !phrase.toString().endsWith("'")) {
					phrase.append(' ');
				}
				phrase.append(tokens.get(i).key());
			}
			if (phrase.length() > 0 && cleft(phrase.toString(), "before")) {
				return true;
			}
		}
		return false;
	}

	private boolean cleft(String words, String place) {
		return this.language.words("clefts").has(words, "place", place);
	}

	/** The longest "according" phrase starting at a token, in tokens (0 when none). */
	public int accordingAt(List<Token> tokens, int index, boolean weakToo) {
		int best = 0;
		StringBuilder phrase = new StringBuilder();
		for (int i = index; i < tokens.size() && i < index + 4; i++) {
			if (!tokens.get(i).isWord()) {
				break;
			}
			String key = tokens.get(i).key();
			if (phrase.length() > 0 && !phrase.toString().endsWith("'")) {
				phrase.append(' ');
			}
			phrase.append(key);
			String candidate = phrase.toString();
			if (!this.accordingBeginnings.contains(candidate)) {
				break;
			}
			if (this.according.contains(candidate) || (weakToo && this.weakAccording.contains(candidate))) {
				best = i - index + 1;
			}
		}
		return best;
	}

	/** The gender a title tells ("mme"), or null when the word is no title. */
	public Gender title(String key) {
		return this.titles.get(key);
	}

	public boolean isTitle(String key) {
		return this.titles.containsKey(key);
	}

	/** The role a folded word names, or null. */
	public Role role(String key) {
		return this.roles.get(key);
	}

	/**
	 * Whether one person may hold both roles: the same meaning, or two meanings a general
	 * word covers together ("patron" covers a chief executive and a founder, nothing
	 * covers a chief technology officer and a chief executive). A word that describes
	 * ("investor", "the 41-year-old") goes with any function.
	 */
	public boolean sameFunction(String meaning, String other) {
		if (meaning.equals(other) || this.descriptions.contains(meaning) || this.descriptions.contains(other)) {
			return true;
		}
		for (Role role : this.roles.values()) {
			if (role.fits(meaning) && role.fits(other)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The role named by the words starting at a token ("directeur général", "chief
	 * executive"), with its length.
	 */
	public RoleMatch roleAt(List<Token> tokens, int index) {
		RoleMatch best = null;
		StringBuilder phrase = new StringBuilder();
		for (int i = index; i < tokens.size() && i < index + 4; i++) {
			Token token = tokens.get(i);
			if (!token.isWord() && !token.text().equals("-")) {
				break;
			}
			if (phrase.length() > 0 && !phrase.toString().endsWith("'")) {
				phrase.append(' ');
			}
			// "54-year-old" is listed as "n-year-old": an age stands for the person
			phrase.append(ageAsN(token.key()));
			String candidate = phrase.toString();
			if (!this.roleBeginnings.contains(candidate)) {
				break;
			}
			Role role = this.roles.get(candidate);
			if (role != null) {
				best = new RoleMatch(role, index, i);
			}
		}
		return best;
	}

	/**
	 * A word with its leading digits and hyphen written "n-" ("54-year-old" as
	 * "n-year-old"), as {@code replaceFirst("^\\d+-", "n-")} would without compiling a
	 * pattern for every word.
	 */
	static String ageAsN(String key) {
		int digits = 0;
		while (digits < key.length() && key.charAt(digits) >= '0' && key.charAt(digits) <= '9') {
			digits++;
		}
		return (digits > 0 && digits < key.length() && key.charAt(digits) == '-') ? "n-" + key.substring(digits + 1)
				: key;
	}

	/** A role phrase: its meaning and its tokens. */
	public record RoleMatch(Role role, int first, int last) {

	}

	/** What a folded pronoun tells, or null when the word is no pronoun of a speaker. */
	public Pronoun pronoun(String key) {
		return this.pronouns.get(key);
	}

	/**
	 * The grammatical gender of a noun standing for an organisation ("le ministère"), or
	 * null.
	 */
	/**
	 * What {@link #pointer(String)} says of a word for the last person named ("ce
	 * dernier").
	 */
	public static final int LAST_NAMED = -1;

	/** Whether a pointer stands without an article ("celui-ci"). */
	public boolean isPointerAlone(String key) {
		return this.alonePointers.contains(key);
	}

	/** The gender a pointer for the last person named tells. */
	public Gender pointerGender(String key) {
		return this.language.words("pointers")
			.find(key)
			.map((entry) -> Gender.of(entry.attribute("gender")))
			.orElse(Gender.UNKNOWN);
	}

	public Gender organisationNoun(String key) {
		return this.organisationNouns.get(key);
	}

	/**
	 * Which of the two people just named a word stands for after a determiner ("la
	 * première", "the latter"): 1 or 2, or 0 when it points to nobody.
	 */
	public int pointer(String key) {
		return this.language.words("pointers")
			.find(key)
			.map((entry) -> "last".equals(entry.attribute("position")) ? LAST_NAMED
					: Integer.parseInt(entry.attribute("position")))
			.orElse(0);
	}

	/**
	 * Whether a noun makes a group of people of the name beside it ("the Qwen team",
	 * "l'équipe Kimi"), written after the name ({@code after} true) or before it.
	 */
	public boolean isTeamNoun(String key, boolean after) {
		return this.language.words("team-nouns").has(key, "place", after ? "after" : "before");
	}

	/** Whether a noun makes a group of people of a name, wherever it stands. */
	public boolean isTeamNoun(String key) {
		return has("team-nouns", key);
	}

	/**
	 * A noun heading the name of a body or an institution: "ministère", "Ministry",
	 * "Commission", "Laboratory".
	 */
	public boolean isInstitution(String key) {
		return this.organisationNounList.has(key, "kind", "institution");
	}

	/**
	 * Whether an institution's noun heads a name only when capitalised: "the Shanghai
	 * Artificial Intelligence Laboratory" is a name, "son laboratoire de robotique" is
	 * the lab of the company named before.
	 */
	public boolean headsANameOnlyCapitalised(String key) {
		return this.organisationNounList.has(key, "heads", "capitalised");
	}

	/**
	 * The word an organisation's name holds for a noun that stands for it: the noun
	 * itself, or the longer word it is short for ("the lab" for the Shanghai Artificial
	 * Intelligence Laboratory).
	 */
	public String nameWordFor(String noun) {
		return this.organisationNounList.find(noun)
			.map((entry) -> entry.attribute("short-for"))
			.filter((word) -> word != null)
			.orElse(noun);
	}

	/**
	 * Whether an organisation noun names a private body ("le groupe", "the association"),
	 * which never stands for a public body.
	 */
	public boolean isPrivateBodyNoun(String key) {
		return this.organisationNounList.has(key, "kind", "private");
	}

	/**
	 * Whether an organisation noun only stands for an organisation whose name holds it
	 * ("the association").
	 */
	public boolean refersOnlyToItsName(String key) {
		return this.organisationNounList.has(key, "refers", "named");
	}

	/**
	 * Whether an organisation noun names a company ("l'entreprise", "the firm"), which
	 * never stands for a public body.
	 */
	public boolean isCompanyNoun(String key) {
		return this.organisationNounList.has(key, "kind", "company");
	}

	/**
	 * Whether a word of an organisation's name makes it a public body: "ministère",
	 * "Department", "Administration".
	 */
	public boolean isPublicBodyWord(String key) {
		return this.publicBodyWords.contains(key);
	}

	/**
	 * A lower-case word that goes on a public body's name: "étrangères" of "ministère des
	 * Affaires étrangères", "information" of "... des Technologies de l'information".
	 */
	public boolean isInstitutionWord(String key) {
		return this.language.words("institution-words").contains(key);
	}

	/**
	 * Whether an impersonal phrase ("il y a", "it is") starts at a token: its pronoun
	 * names nobody.
	 */
	public boolean impersonalAt(List<Token> tokens, int index) {
		StringBuilder phrase = new StringBuilder();
		for (int i = index; i < tokens.size() && i < index + 4; i++) {
			Token token = tokens.get(i);
			if (!token.isWord()) {
				break;
			}
			if (phrase.length() > 0 && !phrase.toString().endsWith("'")) {
				phrase.append(' ');
			}
			phrase.append(token.key());
			if (has("impersonal", phrase.toString())) {
				return true;
			}
		}
		return false;
	}

	/** A verb of founding ("fondé", "founded"): its agent holds the founder's role. */
	public boolean isFoundingVerb(String key) {
		return has("founding-verbs", key);
	}

	/**
	 * The role the agent of a verb of founding or heading holds: "founder" for "fondé
	 * par", or the entry's role ("présidé par X": president); null when the word is no
	 * such verb.
	 */
	public String foundingRole(String key) {
		return this.language.words("founding-verbs")
			.find(key)
			.map((entry) -> (entry.attribute("role") != null) ? entry.attribute("role") : "founder")
			.orElse(null);
	}

	public boolean isCrowd(String key) {
		return this.crowd.contains(key);
	}

	/**
	 * Whether an unnamed crowd's noun is an office whose holder speaks for the public
	 * body named with it ("an official of the ministry").
	 */
	public boolean speaksForPublicBody(String key) {
		return this.crowd.has(key, "speaks-for", "public-body");
	}

	public boolean isIndefinite(String key) {
		return this.indefinite.contains(key);
	}

	/** "le", "the", "un", "a": a definite or an indefinite determiner. */
	public boolean isDeterminer(String key) {
		return isDefinite(key) || isIndefinite(key);
	}

	/** "a", "un", "une": a determiner of one person the text does not name. */
	public boolean isSingularIndefinite(String key) {
		return this.indefinite.has(key, "number", "singular");
	}

	public boolean isDefinite(String key) {
		return this.definite.contains(key);
	}

	/**
	 * Whether a possessive determiner stands just before a token, or before a word that
	 * only stresses it ("its own", "sa propre"): what follows is the owner's thing.
	 */
	public boolean ownedAfter(List<Token> tokens, int index) {
		int before = index - 1;
		if (before > 0 && has("possessive-emphasis", tokens.get(before).key())) {
			before--;
		}
		return before >= 0 && isPossessiveDeterminer(tokens.get(before).key());
	}

	/** A determiner that says whose its noun is: "son", "its". */
	public boolean isPossessiveDeterminer(String key) {
		return this.definite.has(key, "kind", "possessive");
	}

	/**
	 * Whether a capitalised word is no name: a word of this language that opens
	 * sentences, a month, a day, or one of a language whose list holds everywhere (titles
	 * of books and events in English stand in articles of every language), or an
	 * indefinite determiner ("Another investor said", "One analyst", "Plusieurs").
	 */
	public boolean isNotName(String key) {
		if (this.notNames.contains(key) || isIndefinite(key)) {
			return true;
		}
		for (WordList list : NOT_NAMES_EVERYWHERE) {
			if (list.contains(key)) {
				return true;
			}
		}
		return false;
	}

	public boolean isPlace(String words) {
		return has("places", words);
	}

	/**
	 * A word that makes a capitalised name an organisation, an event or a work ("AI",
	 * "Summit"), in any language.
	 */
	public boolean isOrganisationWord(String key) {
		return Languages.common("organisation-words").contains(key);
	}

	/** A known organisation or product name ("Baidu", "DeepSeek"), in any language. */
	public boolean isKnownOrganisation(String words) {
		return Languages.common("organisations").contains(words);
	}

	/** Whether a known organisation writes its name in small letters ("vivo"). */
	public boolean isWrittenLowercase(String key) {
		return this.writtenLowercase.contains(key);
	}

	/**
	 * A known outlet ("Reuters", "36Kr"), or one of its titles named after it ("Sina
	 * Tech", "Caixin Global"): it reports what others say.
	 */
	public boolean isMedia(String words) {
		for (String name = words; !name.isEmpty(); name = name.substring(0, Math.max(0, name.lastIndexOf(' ')))) {
			if (Languages.common("organisations").has(name, "kind", "media")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A known product ("Kimi", "App Store"), or a name holding a version ("GPT-4 Turbo",
	 * "Qwen3"): a word that starts with a letter and holds a digit, which no person's
	 * name does, unless a word of the name makes it an organisation ("Qwen3 team").
	 */
	public boolean isProduct(java.util.List<String> keys) {
		boolean known = Languages.common("organisations").has(String.join(" ", keys), "kind", "product");
		return known || keys.stream().anyMatch(QuoteWords::isVersioned)
				&& keys.stream().noneMatch(this::isOrganisationWord) && !isKnownOrganisation(String.join(" ", keys));
	}

	private static boolean isVersioned(String key) {
		return !key.isEmpty() && Character.isLetter(key.charAt(0)) && key.chars().anyMatch(Character::isDigit);
	}

	/** The folded name of the company that makes a known product, or null. */
	public String maker(String words) {
		return Languages.common("organisations").find(words).map((entry) -> entry.attribute("maker")).orElse(null);
	}

	public boolean isFirstPerson(String key) {
		return has("first-person", key);
	}

	/**
	 * Whether a word as written says "I", "we", "je", "nous": "US" in capitals is the
	 * country, not "us".
	 */
	public boolean isFirstPerson(Token token) {
		String written = token.text();
		boolean capitals = written.length() > 1 && written.chars().noneMatch(Character::isLowerCase);
		return token.isWord() && !capitals && isFirstPerson(token.key());
	}

	/**
	 * The role of an interview label that is not a name ("Q", "R"): question, answer, or
	 * null.
	 */
	public String interviewLabel(String key) {
		return this.language.words("interview-labels").find(key).map((entry) -> entry.attribute("role")).orElse(null);
	}

	/**
	 * Whether a line starts the way web-page debris does ("Lire aussi", "Read More"), or
	 * is the article's credits ("Yicai, par Zhou Wen. Traduction : Marc Lefèvre").
	 */
	public boolean isDebris(String line) {
		String folded = dev.aiwire.language.Words.fold(line).strip();
		// only the keys that begin as the line does can begin it
		String[] keys = folded.isEmpty() ? null : this.debrisByInitial.get(folded.charAt(0));
		return keys != null && startsWithOne(folded, keys) || isCredits(folded);
	}

	/** A credits line is a few words: who wrote, where, who translated. */
	private static final int MAX_CREDITS_CHARS = 160;

	private boolean isCredits(String folded) {
		if (folded.length() > MAX_CREDITS_CHARS || folded.indexOf(' ') < 0) {
			return false;
		}
		String compact = folded.replace(" :", ":").replace("\u00a0:", ":").replace("\u202f:", ":");
		for (String cue : this.creditCues) {
			if (compact.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithOne(String folded, String[] keys) {
		for (String key : keys) {
			if (folded.startsWith(key)
					&& (folded.length() == key.length() || !Character.isLetterOrDigit(folded.charAt(key.length())))) {
				return true;
			}
		}
		return false;
	}

	public boolean isWorkNoun(String key) {
		return this.language.words("work-nouns")
			.find(key)
			.map((entry) -> entry.attribute("after") == null)
			.orElse(false);
	}

	/**
	 * A participle that announces a term only after the noun it qualifies ("un modèle dit
	 * « ... »"), being a speech verb after a subject or an auxiliary ("il a dit « ...
	 * »").
	 */
	public boolean isWorkNounAfterNoun(String key) {
		return this.language.words("work-nouns").has(key, "after", "noun");
	}

	/**
	 * A copula, a modal or "to" after which a short phrase in quotation marks is reported
	 * speech when a speech verb opens the clause ("said the figures were "not
	 * accurate"").
	 */
	public boolean isReportedLink(String key) {
		return has("reported-links", key);
	}

	/**
	 * Whether a word is a verb that gives something a name ("called its system "assisted
	 * driving""): one or two words in quotation marks after it are that name.
	 */
	public boolean isNamingVerb(String key) {
		return has("naming-verbs", key);
	}

	public boolean isSayingNoun(String key) {
		return has("saying-nouns", key);
	}

	/**
	 * The most words before the noun for a saying that opens a sentence ("Cette phrase").
	 */
	private static final int MAX_WORDS_BEFORE_SAYING = 2;

	/** The most words between a noun for a saying and its author's name. */
	private static final int MAX_AUTHOR_LINK_WORDS = 3;

	/**
	 * Where the author's name starts in a sentence that opens on a noun for a saying and
	 * words linking it to its author ({@code author-links}): « La phrase est de Robin Li
	 * », "The words are Lei Jun's"; -1 otherwise. The token there is capitalised.
	 */
	public int authorNamedAt(BlockText text, BlockText.Range sentence) {
		int noun = sentence.first();
		while (noun < sentence.last() && noun < sentence.first() + MAX_WORDS_BEFORE_SAYING
				&& !isSayingNoun(text.token(noun).key())) {
			noun++;
		}
		if (!isSayingNoun(text.token(noun).key()) || text.isQuoted(noun)) {
			return -1;
		}
		StringBuilder link = new StringBuilder();
		for (int i = noun + 1; i <= sentence.last() && i <= noun + MAX_AUTHOR_LINK_WORDS; i++) {
			Token token = text.token(i);
			if (!link.isEmpty() && has("author-links", link.toString()) && token.isWord()
					&& Character.isUpperCase(token.text().charAt(0))) {
				return i;
			}
			link.append(link.isEmpty() ? "" : " ").append(token.key());
		}
		return -1;
	}

	/**
	 * "communiqué", "statement", "texte": a document given as the source of what the text
	 * reports.
	 */
	public boolean isSourceDocument(String key) {
		return this.language.words("source-documents")
			.find(key)
			.filter((entry) -> entry.attribute("kind") == null)
			.isPresent();
	}

	/** "de", "from", "by": a word between a document and the one who issued it. */
	public boolean isIssuerLink(String key) {
		return this.language.words("source-documents")
			.find(key)
			.filter((entry) -> "issuer".equals(entry.attribute("kind")))
			.isPresent();
	}

	/** "que", "that": a word that opens a reported clause. */
	public boolean isComplementizer(String key) {
		return this.language.words("clause-openers").has(key, "kind", "complementizer");
	}

	/** "and", "et": a word that joins two clauses of the same rank. */
	public boolean isCoordinator(String key) {
		return this.language.words("clause-openers").has(key, "kind", "coordinator");
	}

	public boolean isClauseOpener(String key) {
		return has("clause-openers", key);
	}

	/** A form of "be" that makes a passive: "was" of "was given by". */
	public boolean isPassiveAuxiliary(String key) {
		return has("passive-auxiliaries", key);
	}

	/** The preposition of an agent: "fondé par X", "founded by X". */
	public boolean isAgentPreposition(String key) {
		return this.language.words("prepositions").has(key, "kind", "agent");
	}

	/** Whether a noun names an account on a platform ("le compte", "the account"). */
	public boolean isAccountNoun(String key) {
		return has("account-nouns", key);
	}

	/**
	 * Whether a word is an auxiliary or an adverb that may stand beside one ("a", "has",
	 * "toujours"): the whole auxiliaries list.
	 */
	public boolean isAuxiliaryOrAdverb(String key) {
		return this.language.words("auxiliaries").contains(key);
	}

	/** Whether a place after a preposition says where ("à Pékin", "in Beijing"). */
	public boolean isLocatingPreposition(String key) {
		return this.language.words("prepositions").has(key, "locates", "yes");
	}

	public boolean isPreposition(String key) {
		return has("prepositions", key);
	}

	/**
	 * "On", "At": a short preposition that, capitalised at the start of a sentence, opens
	 * an adverbial ("On Xueqiu, a user wrote") and is never a surname there.
	 */
	public boolean opensAdverbial(String key) {
		return this.language.words("prepositions").has(key, "opens", "adverbial");
	}

	/** Words that link a role to its organisation: "PDG de Nvidia", "head of Qwen". */
	public boolean isRoleLink(String key) {
		return has("role-links", key);
	}

	/**
	 * Words before a role that change its time, not its meaning: "ancien PDG", "former
	 * CEO".
	 */
	public boolean isRoleModifier(String key) {
		return has("role-modifiers", key);
	}

	/**
	 * An adverb that may stand between a verb and its subject or between an auxiliary and
	 * its verb ("aussi", "also").
	 */
	public boolean isAdverb(String key) {
		return this.language.words("auxiliaries").has(key, "kind", "adverb");
	}

	/**
	 * A word that may stand between a role and the name of who holds it ("is", "reste",
	 * "still"): "the company's chief executive is still Liang Rubo".
	 */
	public boolean isRoleCopula(String key) {
		return has("role-copulas", key);
	}

	/**
	 * How many tokens from an index spell the language a bracketed second name is given
	 * in ("en chinois", "in Chinese"), or 0.
	 */
	public int nameLanguageTailAt(BlockText text, int index) {
		for (WordList.Entry entry : this.language.words("name-language-tails").entries()) {
			List<String> tail = entry.words();
			boolean matches = index + tail.size() <= text.size();
			for (int k = 0; k < tail.size() && matches; k++) {
				matches = text.token(index + k).key().equals(tail.get(k));
			}
			if (matches) {
				return tail.size();
			}
		}
		return 0;
	}

	/** The most words that may stand between two words of an alias cue. */
	private static final int MAX_WORDS_INSIDE_ALIAS_CUE = 3;

	/**
	 * Whether the words right before {@code index} are an alias cue ("sous le nom de",
	 * "better known as"), after which a second name is the same person's; a few words may
	 * come between the cue's own ("known abroad as").
	 */
	public boolean endsAliasCue(BlockText text, int index) {
		for (WordList.Entry entry : this.language.words("alias-cues").entries()) {
			List<String> cue = entry.words();
			int at = index - 1;
			if (at < 0 || !text.token(at).key().equals(cue.get(cue.size() - 1))) {
				continue;
			}
			boolean matches = true;
			for (int k = cue.size() - 2; k >= 0 && matches; k--) {
				int found = -1;
				for (int i = at - 1; i >= Math.max(0, at - 1 - MAX_WORDS_INSIDE_ALIAS_CUE) && found < 0; i--) {
					found = (text.token(i).isWord() && text.token(i).key().equals(cue.get(k))) ? i : -1;
				}
				matches = found >= 0;
				at = found;
			}
			if (matches) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "signe", "as", "name": a word after which a name in quotation marks is a pseudonym.
	 */
	public boolean isPseudonymCue(String key) {
		return has("pseudonym-cues", key);
	}

	/**
	 * The cue of a name in quotation marks that an account or a blogger signs with: the
	 * word right before its opening mark ("qui signe « ... »", "posting as "...""), or a
	 * noun of the cues with a platform's name between ("le compte Weibo « ... »"); -1
	 * when no cue stands there or the name does not open with a capital.
	 */
	public int pseudonymCue(BlockText text, BlockText.Span span) {
		int before = span.open() - 1;
		if (before < 0 || span.firstToken() > span.lastToken() || !text.token(before).isWord()
				|| !Character.isUpperCase(text.token(span.firstToken()).text().charAt(0))) {
			return -1;
		}
		if (isPseudonymCue(text.token(before).key())) {
			return before;
		}
		boolean platform = before >= 1 && Character.isUpperCase(text.token(before).text().charAt(0))
				&& text.token(before - 1).isWord() && isPseudonymNoun(text.token(before - 1).key());
		return platform ? before - 1 : -1;
	}

	/**
	 * "compte", "account": a noun of the pseudonym cues, which a platform's name may
	 * follow before the pseudonym ("le compte Weibo « ... »").
	 */
	public boolean isPseudonymNoun(String key) {
		return this.language.words("pseudonym-cues").has(key, "kind", "noun");
	}

	/**
	 * "puces", "chips", "app": a noun of a thing a company makes, after which a name is
	 * the thing's.
	 */
	public boolean isProductNoun(String key) {
		return has("product-nouns", key);
	}

	/**
	 * A verb of hearing ("heard", "entendu"): what follows it was said by others, to the
	 * subject.
	 */
	public boolean isHearingVerb(String key) {
		return has("hearing-verbs", key);
	}

	/**
	 * Whether a verb of hearing at a token is one: not after a word that makes it a
	 * saying (« il a laissé entendre que »).
	 */
	public boolean isHearingVerb(List<Token> tokens, int index) {
		return isHearingVerb(tokens.get(index).key())
				&& !(index > 0 && has("hearing-exceptions", tokens.get(index - 1).key()));
	}

	/** A number written as a word ("quatre", "six"). */
	public boolean isNumber(String key) {
		return has("numbers", key);
	}

	/**
	 * A word that, opening a quotation, makes it lean on what came before ("il", "but").
	 */
	public boolean isDependentOpener(String key) {
		return has("dependent-openers", key);
	}

	/**
	 * How many words at a sentence's opening begin a clause that stands before the main
	 * one ("Alors que", "While"), or 0.
	 */
	public int adverbialOpenerAt(List<Token> tokens, int index) {
		StringBuilder words = new StringBuilder();
		for (int k = 0; k < 3 && index + k < tokens.size() && tokens.get(index + k).isWord(); k++) {
			words.append((k > 0) ? " " : "").append(tokens.get(index + k).key());
			if (has("adverbial-openers", words.toString())) {
				return k + 1;
			}
		}
		return 0;
	}

	public boolean isNameParticle(String key) {
		return has("name-particles", key);
	}

	private boolean has(String list, String key) {
		return this.language.words(list).contains(key);
	}

	private static Set<String> subjectPronouns(Language language) {
		Set<String> subjects = new HashSet<>();
		for (WordList.Entry entry : language.words("pronouns").entries()) {
			if ("subject".equals(entry.attribute("case"))) {
				subjects.add(entry.key());
			}
		}
		return subjects;
	}

	private Set<String> keys(String list) {
		return this.language.words(list).keys();
	}

}
