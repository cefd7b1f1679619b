package dev.aiwire.quote.people;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.language.Words;
import dev.aiwire.quote.reading.BlockText;
import dev.aiwire.quote.reading.QuoteWords;
import dev.aiwire.quote.reading.QuoteWords.Gender;
import dev.aiwire.quote.reading.Token;

/**
 * Finds the names written in a block: runs of capitalised words that name a person
 * ("Jensen Huang", "Bruno Le Maire", "Ursula von der Leyen", "M. Wang") or an
 * organisation ("Moonshot AI", "CNIL", "Baidu"), with the title before a person's name.
 * Words inside quotation marks are not the article's narration and are left out; so are
 * places, months and the words that open sentences.
 */
final class NameFinder {

	/** What a run of capitalised words names. */
	enum Sort {

		PERSON, ORGANISATION, UNKNOWN

	}

	/**
	 * A name: its tokens ({@code first} to {@code last}, the title excluded), the title's
	 * token and gender when one stands before it, and what it names.
	 */
	record Name(int first, int last, int titleToken, Gender titleGender, Sort sort) {

		int start() {
			return (this.titleToken >= 0) ? this.titleToken : this.first;
		}

		int length() {
			return this.last - this.first + 1;
		}

	}

	private final QuoteWords words;

	NameFinder(QuoteWords words) {
		this.words = words;
	}

	List<Name> names(BlockText text) {
		List<Name> names = new ArrayList<>();
		List<Token> tokens = text.tokens();
		int i = 0;
		while (i < tokens.size()) {
			int organisation = knownOrganisation(text, i);
			if (organisation >= i) {
				names.add(new Name(i, organisation, -1, null, Sort.ORGANISATION));
				i = organisation + 1;
				continue;
			}
			int institution = Math.max(institution(text, i), bodyNamedInSmallLetters(text, i));
			if (institution > i) {
				names.add(new Name(i, institution, -1, null, Sort.ORGANISATION));
				i = institution + 1;
				continue;
			}
			if (isLowerCaseBrand(text, i) || isCamelCaseBrand(text, i)) {
				names.add(new Name(i, i, -1, null, Sort.ORGANISATION));
				i++;
				continue;
			}
			if (isCapitalisedOrganisationWord(text, i) && !(i + 1 < tokens.size() && isNameWord(text, i + 1))) {
				i++;
				continue;
			}
			int placed = placeOpeningAName(text, i);
			if (placed > i) {
				names.add(new Name(i, placed, -1, null, Sort.ORGANISATION));
				i = placed + 1;
				continue;
			}
			boolean titledParticle = i > 0 && this.words.isTitle(tokens.get(i - 1).key()) && isParticle(text, i)
					&& i + 1 < tokens.size() && isNameWord(text, i + 1);
			if (!isNameWord(text, i) && !isInitials(text, i) && !titledParticle
					&& !isCapitalisedOrganisationWord(text, i)) {
				i++;
				continue;
			}
			if (isSentenceStart(text, i) && i + 3 < tokens.size() && isParticle(text, i + 1) && isNameWord(text, i + 2)
					&& isNameWord(text, i + 3)) {
				// "Compagnon de Wang Xing depuis l'université, il ...": a word opening
				// the
				// sentence before "de" and a full name of its own is a common noun, not
				// a given name with its particle
				i++;
				continue;
			}
			int first = i;
			int last = i;
			while (true) {
				if (last + 2 < tokens.size() && isParticle(text, last + 1) && isCapitalised(text.token(last + 2))
						&& !text.isQuoted(last + 2) && !this.words.isNotName(text.token(last + 2).key())
						&& !this.words.isPlace(text.token(last + 2).key())) {
					// "Bruno Le Maire", "Ursula von der Leyen": after a particle, a
					// capitalised word belongs to the name
					last += 2;
				}
				else if (last + 1 < tokens.size()
						&& (isNameWord(text, last + 1) || isCapitalisedOrganisationWord(text, last + 1))) {
					last++;
				}
				else if (last + 2 < tokens.size() && isParticle(text, last + 1) && isNameWord(text, last + 2)) {
					last += 2;
				}
				else if (last + 3 < tokens.size() && isParticle(text, last + 1) && isParticle(text, last + 2)
						&& isNameWord(text, last + 3)) {
					last += 3;
				}
				else {
					break;
				}
			}
			i = last + 1;
			if (isInitials(text, first) && first == last) {
				continue;
			}
			int titleToken = -1;
			Gender titleGender = null;
			if (first > 0 && this.words.isTitle(tokens.get(first - 1).key())) {
				titleToken = first - 1;
				titleGender = this.words.title(tokens.get(first - 1).key());
			}
			if (last - first + 1 > 5 || this.words.isPlace(String.join(" ", keys(text, first, last)))) {
				continue;
			}
			names.add(new Name(first, last, titleToken, titleGender, sortOf(text, first, last, titleToken)));
		}
		return withTeams(text, names);
	}

	/**
	 * "the Qwen team", "l'équipe Kimi": the team noun beside a name that is not a
	 * person's belongs to it, and the whole names the group that speaks, not its company.
	 */
	private List<Name> withTeams(BlockText text, List<Name> names) {
		List<Name> teams = new ArrayList<>(names.size());
		for (Name name : names) {
			int after = name.last() + 1;
			int before = name.first() - 1;
			if (name.sort() == Sort.PERSON) {
				teams.add(name);
			}
			else if (after < text.size() && isTeamNoun(text, after, true)) {
				teams.add(new Name(name.first(), after, -1, null, Sort.ORGANISATION));
			}
			else if (before >= 0 && isTeamNoun(text, before, false)) {
				teams.add(new Name(before, name.last(), -1, null, Sort.ORGANISATION));
			}
			else {
				teams.add(name);
			}
		}
		return teams;
	}

	private boolean isTeamNoun(BlockText text, int index, boolean after) {
		Token token = text.token(index);
		return token.isWord() && !text.isQuoted(index) && Character.isLowerCase(token.text().charAt(0))
				&& this.words.isTeamNoun(token.key(), after);
	}

	/**
	 * The last token of a public body's name whose head noun stands at a token:
	 * "ministère chinois du Commerce", "Ministry of Commerce", "Administration du
	 * cyberespace de Chine", "Commerce Department" (capitalised words before the head
	 * belong to it); or -1.
	 */
	/** The most words after a body's noun in a name written in small letters. */
	private static final int MAX_SMALL_LETTER_WORDS = 8;

	/**
	 * The last token of a body's name that French writes in small letters after its
	 * capitalised noun, "l'Association chinoise des constructeurs automobiles",
	 * "l'Administration d'État pour la régulation du marché": after an article, a
	 * non-company organisation noun with a capital, then words holding at least one link
	 * ("de", "des"), up to a comma, a bracket, the end of the sentence, a verb or a
	 * clause opener; or -1.
	 */
	private int bodyNamedInSmallLetters(BlockText text, int index) {
		Token head = text.token(index);
		if (index == 0 || !head.isWord() || text.isQuoted(index) || !isCapitalised(head)
				|| this.words.organisationNoun(head.key()) == null || this.words.isCompanyNoun(head.key())
				|| !this.words.isDefinite(text.token(index - 1).key())) {
			return -1;
		}
		int last = -1;
		boolean linked = false;
		for (int j = index + 1; j < text.size() && j <= index + MAX_SMALL_LETTER_WORDS; j++) {
			Token token = text.token(j);
			if (!token.isWord() || text.isQuoted(j) || this.words.verbs().isForm(token.key())
					|| this.words.isAuxiliaryOrAdverb(token.key()) || this.words.isClauseOpener(token.key())) {
				// an acronym in brackets names the body itself (see the discourse's
				// acronyms)
				boolean boundary = token.is(",") || token.endsSentence() || token.isWord() && !text.isQuoted(j);
				return (boundary && linked && last > index) ? last : -1;
			}
			if (this.words.isRoleLink(token.key())) {
				linked = true;
			}
			else if (!this.words.isDefinite(token.key())) {
				last = j;
			}
		}
		return -1;
	}

	private int institution(BlockText text, int index) {
		int head = index;
		while (head < text.size() && head < index + 3 && text.token(head).isWord() && !text.isQuoted(head)
				&& !this.words.isInstitution(text.token(head).key()) && isCapitalised(text.token(head))
				&& (!this.words.isNotName(text.token(head).key()) || !isSentenceStart(text, head))
				&& !text.token(head).key().endsWith("'")) {
			// (a common word capitalised inside a sentence is one of them, "the Beijing
			// Internet Court"; the elided article opening a sentence, "L'Administration",
			// is none)
			head++;
		}
		if (head >= text.size() || text.isQuoted(head) || !text.token(head).isWord()
				|| !this.words.isInstitution(text.token(head).key())) {
			return -1;
		}
		boolean capitalisedHead = isCapitalised(text.token(head));
		if (head == index && !capitalisedHead && (index == 0 || !this.words.isDefinite(text.token(index - 1).key())
				|| this.words.headsANameOnlyCapitalised(text.token(head).key()))) {
			return -1;
		}
		int last = head;
		int i = head + 1;
		if (i < text.size() && text.token(i).isWord() && !isCapitalised(text.token(i))
				&& !this.words.isRoleLink(text.token(i).key()) && i + 1 < text.size()
				&& this.words.isRoleLink(text.token(i + 1).key())) {
			// "ministère chinois du Commerce": one adjective after the head
			i++;
		}
		while (i < text.size() && this.words.isRoleLink(text.token(i).key())) {
			int j = i + 1;
			if (j < text.size() && this.words.isDefinite(text.token(j).key())) {
				j++;
			}
			int end = -1;
			while (j < text.size() && text.token(j).isWord() && !text.isQuoted(j) && (isCapitalised(text.token(j))
					|| this.words.isRoleLink(text.token(j).key()) || this.words.isClauseOpener(text.token(j).key()))) {
				if (isCapitalised(text.token(j))) {
					end = j;
				}
				j++;
			}
			if (end < 0 && j < text.size() && text.token(j).isWord() && !text.isQuoted(j)
					&& (j + 1 >= text.size() || !text.token(j + 1).isWord()
							|| this.words.isRoleLink(text.token(j + 1).key())
							|| this.words.isInstitutionWord(text.token(j).key()))) {
				// "du cyberespace de Chine", "de l'information": one lower-case noun
				// after a link
				end = j;
			}
			else if (end >= 0 && end + 1 < text.size() && !text.isQuoted(end + 1)
					&& this.words.isInstitutionWord(text.token(end + 1).key())) {
				// "des Affaires étrangères": a lower-case word of the name after its
				// capitalised one
				end++;
			}
			if (end < 0) {
				break;
			}
			last = end;
			i = end + 1;
		}
		boolean named = last > head || (head > index);
		return (named && (capitalisedHead || last > head)) ? last : -1;
	}

	private boolean isCapitalisedOrganisationWord(BlockText text, int index) {
		Token token = text.token(index);
		return token.type() == Token.Type.WORD && !text.isQuoted(index) && isCapitalised(token)
				&& this.words.isOrganisationWord(token.key()) && !this.words.isNotName(token.key());
	}

	private static boolean isCapitalised(Token token) {
		return token.isWord() && Character.isUpperCase(token.text().charAt(0));
	}

	/** The last token of a known organisation's name starting at a token, or -1. */
	private int knownOrganisation(BlockText text, int index) {
		Token token = text.token(index);
		if (token.type() != Token.Type.WORD || text.isQuoted(index) || !Character.isUpperCase(token.text().charAt(0))
				&& !Character.isDigit(token.text().charAt(0)) && !this.words.isWrittenLowercase(token.key())) {
			return -1;
		}
		int best = -1;
		StringBuilder phrase = new StringBuilder();
		for (int i = index; i < text.size() && i < index + 3; i++) {
			Token word = text.token(i);
			if (!word.isWord()) {
				break;
			}
			phrase.append((phrase.length() > 0) ? " " : "").append(word.key());
			if (this.words.isKnownOrganisation(phrase.toString())) {
				best = i;
			}
		}
		if (best < 0) {
			return -1;
		}
		// "Alibaba Cloud", "Moonshot AI": an organisation word after it belongs to the
		// name, unless a longer name goes on after it ("the vivo AI Global Research
		// Institute" is a unit of vivo, not a company called "vivo AI")
		int extended = best;
		while (extended + 1 < text.size() && text.token(extended + 1).isWord()
				&& Character.isUpperCase(text.token(extended + 1).text().charAt(0))
				&& this.words.isOrganisationWord(text.token(extended + 1).key())) {
			extended++;
		}
		boolean goesOn = extended > best && extended + 1 < text.size() && isCapitalised(text.token(extended + 1))
				&& !text.isQuoted(extended + 1);
		return goesOn ? best : extended;
	}

	private Sort sortOf(BlockText text, int first, int last, int titleToken) {
		if (titleToken >= 0) {
			return Sort.PERSON;
		}
		for (int i = first; i <= last; i++) {
			if (this.words.isOrganisationWord(text.token(i).key())) {
				return Sort.ORGANISATION;
			}
		}
		if (first > 0 && (this.words.organisationNoun(text.token(first - 1).key()) != null
				|| this.words.isFoundingVerb(text.token(first - 1).key()))) {
			// "la start-up StepFun", "the startup Manus", "il fonde Red Lantern"
			return Sort.ORGANISATION;
		}
		if (first > 0 && text.token(first - 1).is(",") && headedByOrganisationNoun(text, first - 1)) {
			// "La start-up qui édite l'agent, Red Lantern, ...": an apposition to a
			// company
			return Sort.ORGANISATION;
		}
		if (first == last && isAcronym(text.token(first).text())) {
			return Sort.ORGANISATION;
		}
		return (last > first) ? Sort.PERSON : Sort.UNKNOWN;
	}

	/**
	 * Whether the clause ending at a comma opens with a determiner and an organisation
	 * noun.
	 */
	private boolean headedByOrganisationNoun(BlockText text, int comma) {
		int start = text.sentenceOf(comma).first();
		for (int i = comma - 1; i > start; i--) {
			if (text.token(i).is(",")) {
				return false;
			}
		}
		return start + 1 < comma && this.words.isDefinite(text.token(start).key())
				&& this.words.organisationNoun(text.token(start + 1).key()) != null;
	}

	/** Whether a token can be a word of a person's name. */
	boolean isNameWord(BlockText text, int index) {
		Token token = text.token(index);
		if (token.type() != Token.Type.WORD || text.isQuoted(index)) {
			return false;
		}
		String key = token.key();
		if (isAcronym(token.text())) {
			return this.words.role(key) == null && !this.words.isNotName(key) && !this.words.isKnownOrganisation(key);
		}
		boolean camel = isCamelCaseSurname(text, index);
		if (!isNameLike(token.text()) && !camel || this.words.isTitle(key) || this.words.isCrowd(key)
				|| this.words.role(key) != null || this.words.isPlace(key) || this.words.isKnownOrganisation(key)
				|| this.words.isOrganisationWord(key) || this.words.isDebris(token.text())) {
			return false;
		}
		if (this.words.roleAt(text.tokens(), index) != null) {
			// "Co-chief executive Zhao Haijun told analysts": the capital opens a role of
			// several words, not a name
			return false;
		}
		if (!this.words.isNotName(key)) {
			return true;
		}
		// a short surname that is also a word ("Pony Ma", "He Xiaopeng", "Du Yu"), inside
		// a name only
		boolean before = isNameLikeNeighbour(text, index - 1);
		boolean after = isNameLikeNeighbour(text, index + 1);
		if (after && !before && this.words.isPreposition(key) && isNameLikeNeighbour(text, index + 2)) {
			// "On Hugging Face, ...", "In Silicon Valley, ...": a preposition before a
			// name
			// of several words opens a place, while a surname takes one given name
			return false;
		}
		if (index >= 1 && this.words.isTitle(text.token(index - 1).key())) {
			// "M. He", "Mr Ma": after a title, a short word that is also a common word is
			// the surname
			return true;
		}
		if (!before && isSentenceStart(text, index) && this.words.opensAdverbial(key)) {
			// "On Xueqiu, a user wrote", "At Baidu, ...": an adverbial, not "He Xiaopeng"
			return false;
		}
		return key.length() <= 2 && before != after && (!isSentenceStart(text, index) || after);
	}

	/**
	 * "iFlytek", "eBay": a word opening with one lower-case letter before a capital, then
	 * lower-case letters, is a company's name, as no common word is written so.
	 */
	private static boolean isLowerCaseBrand(BlockText text, int index) {
		String written = text.token(index).text();
		return text.token(index).isWord() && !text.isQuoted(index) && written.length() >= 4
				&& Character.isLowerCase(written.charAt(0)) && Character.isUpperCase(written.charAt(1))
				&& written.substring(2).chars().anyMatch(Character::isLowerCase)
				&& written.chars().allMatch(Character::isLetter);
	}

	/**
	 * "le cabinet TechInsights", "the firm SemiAnalysis": a capitalised word with a
	 * capital inside it, right after an organisation noun, is that organisation's name.
	 */
	private boolean isCamelCaseBrand(BlockText text, int index) {
		String written = text.token(index).text();
		return text.token(index).isWord() && !text.isQuoted(index) && written.length() >= 4
				&& written.chars().allMatch(Character::isLetter) && Character.isUpperCase(written.charAt(0))
				&& !isNameLike(written) && !isAcronym(written)
				&& written.substring(1).chars().anyMatch(Character::isUpperCase)
				&& written.chars().anyMatch(Character::isLowerCase) && index > 0
				&& (this.words.organisationNoun(text.token(index - 1).key()) != null
						|| namedInAnotherLanguageAfter(text, index));
	}

	/**
	 * The last token of a company's name that opens with a place, "China Mobile",
	 * "Beijing Galbot": one or two name words right after a capitalised place, none of
	 * them a known organisation's, and the capitalised noun that may head them ("Shanghai
	 * Stock Exchange"); or -1.
	 */
	private int placeOpeningAName(BlockText text, int index) {
		Token token = text.token(index);
		if (!token.isWord() || text.isQuoted(index) || !isCapitalised(token) || !this.words.isPlace(token.key())
				|| index > 0 && this.words.isLocatingPreposition(text.token(index - 1).key())) {
			// "présenté à Pékin Ziyue, son modèle": after "à" or "in" the place says
			// where
			return -1;
		}
		int last = index;
		while (last + 1 < text.size() && last < index + 2 && isNameWord(text, last + 1)
				&& !this.words.isKnownOrganisation(text.token(last + 1).key())) {
			last++;
		}
		// the capitalised noun that heads the name ends it: "Shanghai Stock Exchange"
		if (last > index && last + 1 < text.size() && isCapitalised(text.token(last + 1)) && !text.isQuoted(last + 1)
				&& this.words.organisationNoun(text.token(last + 1).key()) != null) {
			last++;
		}
		return (last > index) ? last : -1;
	}

	/**
	 * "ModelBest (Mianbi Zhineng en chinois)": a second name in brackets, with the
	 * language it is given in, follows a token.
	 */
	private boolean namedInAnotherLanguageAfter(BlockText text, int index) {
		Bracketed bracketed = bracketedAfter(text, index);
		return bracketed != null && bracketed.languageTold();
	}

	/** The most words a second name in brackets may have. */
	private static final int MAX_BRACKETED_WORDS = 5;

	/**
	 * A second name in brackets right after a token, "Eddie Wu (Wu Yongming)", "ModelBest
	 * (Mianbi Zhineng en chinois)": its first and last words, and whether the words after
	 * it tell the language it is given in; null when no such name follows.
	 */
	Bracketed bracketedAfter(BlockText text, int index) {
		int open = index + 1;
		if (open >= text.size() || !text.token(open).is("(")) {
			return null;
		}
		int end = open + 1;
		while (end < text.size() && end <= open + MAX_BRACKETED_WORDS && isNameWord(text, end)) {
			end++;
		}
		int tail = this.words.nameLanguageTailAt(text, end);
		int close = end + tail;
		return (end > open + 1 && close < text.size() && text.token(close).is(")"))
				? new Bracketed(open + 1, end - 1, tail > 0) : null;
	}

	/** A second name in brackets, from its first word to its last. */
	record Bracketed(int first, int last, boolean languageTold) {
	}

	/**
	 * "Yann LeCun", "Ronald McDonald": a capitalised word with inner capitals right after
	 * a first name.
	 */
	private boolean isCamelCaseSurname(BlockText text, int index) {
		String written = text.token(index).text();
		return index > 0 && written.length() >= 4 && Character.isUpperCase(written.charAt(0))
				&& written.chars().anyMatch(Character::isLowerCase) && !isAcronym(written)
				&& written.chars().noneMatch(Character::isDigit) && isNameLike(text.token(index - 1).text())
				&& !this.words.isNotName(text.token(index - 1).key()) && !this.words.isKnownOrganisation(written)
				&& !text.isQuoted(index);
	}

	private boolean isNameLikeNeighbour(BlockText text, int index) {
		if (index < 0 || index >= text.size()) {
			return false;
		}
		Token token = text.token(index);
		return token.type() == Token.Type.WORD && isNameLike(token.text()) && !this.words.isNotName(token.key())
				&& !this.words.isKnownOrganisation(token.key()) && !text.isQuoted(index)
				&& this.words.role(token.key()) == null && !this.words.isTitle(token.key())
				&& !this.words.isOrganisationWord(token.key());
	}

	/** "von", "der", or a capitalised "Le" inside a name ("Bruno Le Maire"). */
	private boolean isParticle(BlockText text, int index) {
		Token token = text.token(index);
		return token.type() == Token.Type.WORD && !text.isQuoted(index) && this.words.isNameParticle(token.key())
				&& token.text().length() <= 3;
	}

	/** "JD" of "JD Vance": capital initials before a name. */
	private boolean isInitials(BlockText text, int index) {
		Token token = text.token(index);
		String written = token.text();
		return token.type() == Token.Type.WORD && !text.isQuoted(index) && written.length() <= 2
				&& written.chars().allMatch(Character::isUpperCase) && index + 1 < text.size()
				&& isNameWord(text, index + 1) && !this.words.isNotName(token.key())
				&& this.words.role(token.key()) == null;
	}

	static boolean isSentenceStart(BlockText text, int index) {
		if (index == 0) {
			return true;
		}
		Token before = text.token(index - 1);
		return before.endsSentence() || before.isMark() || before.is(":") || text.sentenceOf(index).first() == index;
	}

	static boolean isAcronym(String written) {
		if (written.length() < 2 || written.length() > 6) {
			return false;
		}
		int letters = 0;
		for (int i = 0; i < written.length(); i++) {
			char c = written.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters += Character.isLetter(c) ? 1 : 0;
		}
		return letters >= 2;
	}

	/**
	 * A capitalised word with lower-case letters and no digits: "Huang", "Jean-Noël",
	 * "McKinsey".
	 */
	static boolean isNameLike(String text) {
		if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
			return false;
		}
		boolean lower = false;
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				return false;
			}
			if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isUpperCase(c)) {
				char before = text.charAt(i - 1);
				boolean afterJoin = before == '-' || before == '\'' || before == '\u2019';
				boolean scottish = i == 2 && text.startsWith("Mc");
				if (!afterJoin && !scottish) {
					return false;
				}
			}
		}
		return lower;
	}

	static String written(BlockText text, int first, int last) {
		return text.text().substring(text.token(first).start(), text.token(last).end());
	}

	static List<String> keys(BlockText text, int first, int last) {
		List<String> keys = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			if (text.token(i).isWord()) {
				keys.add(Words.fold(text.token(i).text()));
			}
		}
		return keys;
	}

}
