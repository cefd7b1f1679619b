package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads role phrases, French and English ("le PDG de Nvidia", "Baidu's chief technology officer",
 * "le directeur technique", "Meituan co-founder"), into a role that says what the person does,
 * whatever the words, and the organisation it is held at, when the phrase names one.
 * <p>
 * Roles are compared by what they mean: "PDG", "CEO", "chief executive" and "directeur général" are
 * one role ({@code ceo}); "patron", "boss", "head" or "dirigeant" say that someone leads an
 * organisation, which a chief executive, a founder or a chairman does ({@link #related}).
 */
final class Roles {

	private Roles() {
	}

	/**
	 * A role phrase: tokens {@code first} to {@code last} (the organisation included), the roles it
	 * names ("co-founder and chief executive" names two), the gender its words tell, and the
	 * organisation's folded key or null.
	 */
	record Phrase(int first, int last, List<String> roles, PersonIndex.Gender gender, String organisation,
			boolean past) {

	}

	/** Words that make a role one the person no longer holds: "alors président", "former CEO". */
	private static final Set<String> PAST = Set.of("alors", "ancien", "ancienne", "ex", "ex-", "former", "then",
			"feu", "late");

	static final String CEO = "ceo";

	static final String LEADER = "leader";

	static final String FOUNDER = "founder";

	static final String COFOUNDER = "cofounder";

	static final String CHAIR = "chair";

	static final String PRESIDENT = "president";

	private static final Map<String, String> SINGLE = Map.ofEntries(Map.entry("pdg", CEO), Map.entry("ceo", CEO),
			Map.entry("patron", LEADER), Map.entry("patronne", LEADER), Map.entry("boss", LEADER),
			Map.entry("dirigeant", LEADER), Map.entry("dirigeante", LEADER), Map.entry("leader", LEADER),
			Map.entry("head", LEADER), Map.entry("chief", LEADER), Map.entry("fondateur", FOUNDER),
			Map.entry("fondatrice", FOUNDER), Map.entry("founder", FOUNDER), Map.entry("createur", FOUNDER),
			Map.entry("creatrice", FOUNDER), Map.entry("cofondateur", COFOUNDER), Map.entry("cofondatrice", COFOUNDER),
			Map.entry("co-fondateur", COFOUNDER), Map.entry("co-fondatrice", COFOUNDER),
			Map.entry("cofounder", COFOUNDER), Map.entry("co-founder", COFOUNDER), Map.entry("chairman", CHAIR),
			Map.entry("chairwoman", CHAIR), Map.entry("president", PRESIDENT), Map.entry("presidente", PRESIDENT),
			Map.entry("cto", "cto"), Map.entry("cfo", "cfo"), Map.entry("coo", "coo"),
			Map.entry("vice-president", "vp"), Map.entry("vice-presidente", "vp"), Map.entry("vp", "vp"));

	/** Words after "chief" or "directeur" that make a different role of it. */
	private static final Map<String, String> QUALIFIED = Map.ofEntries(Map.entry("executive", CEO),
			Map.entry("general", CEO), Map.entry("generale", CEO), Map.entry("technology", "cto"),
			Map.entry("technical", "cto"), Map.entry("technique", "cto"), Map.entry("scientist", "chief-scientist"),
			Map.entry("scientifique", "chief-scientist"), Map.entry("financial", "cfo"), Map.entry("financier", "cfo"),
			Map.entry("financiere", "cfo"), Map.entry("operating", "coo"), Map.entry("produit", "product"),
			Map.entry("product", "product"));

	/** Words that link a role to its organisation: "PDG de Nvidia", "secrétaire au Commerce". */
	private static final Set<String> OF = Set.of("de", "d'", "du", "des", "of", "at", "chez", "au");

	/** The role phrase whose role word is at {@code index}, or null when the word is no role. */
	static Phrase read(List<Token> tokens, int index) {
		String role = roleAt(tokens, index);
		if (role == null) {
			return null;
		}
		List<String> roles = new ArrayList<>();
		roles.add(role);
		PersonIndex.Gender gender = genderOf(tokens.get(index).key());
		if (gender == PersonIndex.Gender.UNKNOWN && index > 0) {
			// "la PDG d'AMD", "le PDG de Nvidia": the article tells what the noun does not
			String article = tokens.get(index - 1).key();
			gender = article.equals("la") ? PersonIndex.Gender.FEMALE
					: article.equals("le") ? PersonIndex.Gender.MALE : PersonIndex.Gender.UNKNOWN;
		}
		int last = endOfRole(tokens, index);
		// "co-founder and chief executive", "fondateur et PDG"
		while (last + 2 < tokens.size() && Set.of("and", "et").contains(tokens.get(last + 1).key())
				&& roleAt(tokens, last + 2) != null) {
			roles.add(roleAt(tokens, last + 2));
			last = endOfRole(tokens, last + 2);
		}
		String organisation = null;
		int first = index;
		if (last + 2 < tokens.size() && OF.contains(tokens.get(last + 1).key())
				&& isOrganisationWord(tokens.get(last + 2))) {
			organisation = tokens.get(last + 2).key();
			last = last + 2;
		}
		else if (last + 3 < tokens.size() && OF.contains(tokens.get(last + 1).key())
				&& Set.of("la", "l'", "the").contains(tokens.get(last + 2).key())
				&& isOrganisationWord(tokens.get(last + 3))) {
			organisation = tokens.get(last + 3).key();
			last = last + 3;
		}
		else if (index >= 2 && tokens.get(index - 1).isPossessive() && isOrganisationWord(tokens.get(index - 2))) {
			organisation = tokens.get(index - 2).key();
			first = index - 2;
		}
		else if (index >= 1 && isOrganisationWord(tokens.get(index - 1)) && (Lexicon.KNOWN_NON_PERSONS
			.contains(tokens.get(index - 1).key()) || hasInnerCapital(tokens.get(index - 1).text()))) {
			// "Meituan co-founder Wang Huiwen", "Baidu chief executive Robin Li"
			organisation = tokens.get(index - 1).key();
			first = index - 1;
		}
		boolean past = false;
		for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
			past = past || PAST.contains(tokens.get(i).key()) || tokens.get(i).key().startsWith("ex-");
		}
		return new Phrase(first, last, roles, gender, organisation, past);
	}

	/** The role a word names, read with the word after it ("chief executive"), or null. */
	static String roleAt(List<Token> tokens, int index) {
		Token token = tokens.get(index);
		if (!token.isWord() || !Lexicon.ROLES.contains(token.key()) && !SINGLE.containsKey(token.key())) {
			return null;
		}
		String key = token.key();
		if (boardAfter(tokens, index) > index) {
			return CHAIR;
		}
		if (Set.of("chief", "directeur", "directrice").contains(key) && index + 1 < tokens.size()) {
			String qualified = QUALIFIED.get(tokens.get(index + 1).key());
			if (qualified != null) {
				return qualified;
			}
		}
		return SINGLE.getOrDefault(key, PersonIndex.roleStem(key));
	}

	private static int endOfRole(List<Token> tokens, int index) {
		String key = tokens.get(index).key();
		int last = index;
		int board = boardAfter(tokens, index);
		if (board > index) {
			return board;
		}
		if (Set.of("chief", "directeur", "directrice").contains(key) && index + 1 < tokens.size()
				&& QUALIFIED.containsKey(tokens.get(index + 1).key())) {
			last++;
			while (last + 1 < tokens.size() && Set.of("officer", "technology", "executive").contains(tokens.get(last + 1).key())) {
				last++;
			}
		}
		return last;
	}

	/**
	 * The last token of "président du conseil d'administration", "president of the board",
	 * "chairman of the board", which make a chair of a president; or {@code index} itself.
	 */
	private static int boardAfter(List<Token> tokens, int index) {
		if (!Set.of("president", "presidente", "chairman", "chairwoman", "chair").contains(tokens.get(index).key())) {
			return index;
		}
		int i = index + 1;
		if (i < tokens.size() && Set.of("du", "of").contains(tokens.get(i).key())) {
			i++;
		}
		if (i < tokens.size() && tokens.get(i).key().equals("the")) {
			i++;
		}
		if (i >= tokens.size() || !Set.of("conseil", "board").contains(tokens.get(i).key())) {
			return index;
		}
		if (i + 2 < tokens.size() && tokens.get(i + 1).key().equals("d'")
				&& tokens.get(i + 2).key().equals("administration")) {
			return i + 2;
		}
		return i;
	}

	private static PersonIndex.Gender genderOf(String key) {
		return Lexicon.FEMALE_ROLES.contains(key) ? PersonIndex.Gender.FEMALE
				: Lexicon.MALE_ROLES.contains(key) ? PersonIndex.Gender.MALE : PersonIndex.Gender.UNKNOWN;
	}

	/** A capitalised word that can name an organisation: not a function word, title or role. */
	static boolean isOrganisationWord(Token token) {
		return token.type() == Token.Type.WORD && Character.isUpperCase(token.text().charAt(0))
				&& !Lexicon.NOT_NAMES.contains(token.key()) && !Lexicon.ROLES.contains(token.key())
				&& !Lexicon.isTitle(token.key());
	}

	static boolean hasInnerCapital(String word) {
		for (int i = 1; i < word.length(); i++) {
			if (Character.isUpperCase(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a role asked for is the role held: the same, or one that says the same of a person. */
	static boolean same(String asked, String held) {
		return asked.equals(held) || (asked.equals(FOUNDER) && held.equals(COFOUNDER))
				|| (asked.equals(COFOUNDER) && held.equals(FOUNDER));
	}

	/**
	 * Whether a role held answers a broader role asked for: whoever leads an organisation (its chief
	 * executive, founder, chairman or president) is its "patron"; a president may be its chairman.
	 */
	static boolean related(String asked, String held) {
		return switch (asked) {
			case LEADER -> Set.of(CEO, FOUNDER, COFOUNDER, CHAIR, PRESIDENT).contains(held);
			case CEO -> Set.of(LEADER, PRESIDENT).contains(held);
			case PRESIDENT -> Set.of(CHAIR, CEO).contains(held);
			case CHAIR -> held.equals(PRESIDENT);
			default -> false;
		};
	}

}
