package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public bodies an article names ("l'Administration du cyberespace de Chine (CAC)", "the
 * Ministry of Commerce") and the descriptions that stand for them later ("le régulateur chinois",
 * "China's internet watchdog", "la CAC"). A body speaks as an organisation: its communiqué is
 * attributed to its name. A description fits a body when it is the only body of the country the
 * description names (or the only body at all); otherwise it stands for nobody.
 */
final class PublicBodies {

	/** A body: its name as first written, and its country when the name says it. */
	private record Body(String name, String country, long position) {

	}

	/** Capitalised words that head the name of a public body. */
	private static final Set<String> HEADS = Set.of("administration", "commission", "autorite", "agence", "ministere",
			"bureau", "office", "departement", "department", "authority", "agency", "ministry", "regulator",
			"conseil", "council");

	/** Nouns that describe a body by what it does: "le régulateur", "the watchdog". */
	private static final Set<String> DESCRIPTIONS = Set.of("regulateur", "regulator", "watchdog", "autorite",
			"authority", "gendarme");

	/** Country words, names and adjectives, with the country they name. */
	private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("chine", "cn"),
			Map.entry("china", "cn"), Map.entry("chinois", "cn"), Map.entry("chinoise", "cn"), Map.entry("chinese", "cn"),
			Map.entry("pekin", "cn"), Map.entry("beijing", "cn"), Map.entry("etats-unis", "us"),
			Map.entry("americain", "us"), Map.entry("americaine", "us"), Map.entry("american", "us"),
			Map.entry("us", "us"), Map.entry("u.s.", "us"), Map.entry("washington", "us"), Map.entry("amerique", "us"),
			Map.entry("america", "us"), Map.entry("europe", "eu"), Map.entry("europeen", "eu"),
			Map.entry("europeenne", "eu"), Map.entry("european", "eu"), Map.entry("bruxelles", "eu"),
			Map.entry("brussels", "eu"), Map.entry("japon", "jp"), Map.entry("japan", "jp"),
			Map.entry("japonais", "jp"), Map.entry("japanese", "jp"));

	private final List<Body> bodies = new ArrayList<>();

	private final Map<Long, String> byToken = new HashMap<>();

	/** Acronyms given in parentheses after a body's name: "(CAC)". */
	private final Map<String, String> acronyms = new HashMap<>();

	/** Reads the narration blocks of an article, in order. */
	PublicBodies(List<BlockText> texts) {
		for (BlockText text : texts) {
			if (PersonIndex.isNarration(text.block())) {
				read(text);
			}
		}
	}

	/** The body a token names or describes, or null. */
	String at(int block, int token) {
		return this.byToken.get(PersonIndex.position(block, token));
	}

	private void read(BlockText text) {
		int block = text.block().index();
		for (int i = 0; i < text.size(); i++) {
			if (text.isQuoted(i)) {
				continue;
			}
			Token token = text.token(i);
			long position = PersonIndex.position(block, i);
			if (token.type() == Token.Type.WORD && Character.isUpperCase(token.text().charAt(0))
					&& HEADS.contains(token.key())) {
				int last = endOfName(text, i);
				if (last > i) {
					String name = text.text().substring(token.start(), text.token(last).end());
					Body body = new Body(name, countryOf(text, i, last), position);
					this.bodies.add(body);
					mark(block, i, last, name);
					int acronym = last + 2;
					if (acronym + 1 < text.size() && text.token(last + 1).is("(") && text.token(acronym + 1).is(")")
							&& isAcronym(text.token(acronym).text())) {
						this.acronyms.put(text.token(acronym).text(), name);
						i = acronym + 1;
						continue;
					}
					i = last;
					continue;
				}
			}
			String named = this.acronyms.get(token.text());
			if (named != null) {
				this.byToken.put(position, named);
				continue;
			}
			int described = describedAt(text, i);
			if (described >= i) {
				String body = describedBody(text, i, described, position);
				if (body != null) {
					mark(block, i, described, body);
				}
				i = described;
			}
		}
	}

	private void mark(int block, int first, int last, String name) {
		for (int t = first; t <= last; t++) {
			this.byToken.put(PersonIndex.position(block, t), name);
		}
	}

	/** "Administration du cyberespace de Chine": the head, an adjective, and its complements. */
	private static int endOfName(BlockText text, int head) {
		int last = head;
		int i = head + 1;
		if (i < text.size() && text.token(i).isWord() && !Character.isUpperCase(text.token(i).text().charAt(0))
				&& !Lexicon.PREPOSITIONS.contains(text.token(i).key()) && i + 1 < text.size()
				&& Set.of("de", "du", "des", "d'", "of", "for").contains(text.token(i + 1).key())) {
			last = i;
			i++;
		}
		while (i + 1 < text.size() && Set.of("de", "du", "des", "d'", "of", "for").contains(text.token(i).key())) {
			int word = i + 1;
			if (word + 1 < text.size() && Set.of("la", "l'", "the").contains(text.token(word).key())) {
				word++;
			}
			Token next = text.token(word);
			if (!next.isWord() || text.isQuoted(word) || next.text().chars().anyMatch(Character::isDigit)) {
				break;
			}
			last = word;
			i = word + 1;
		}
		return last;
	}

	/** "le régulateur chinois", "the Chinese regulator", "China's watchdog": the country, or null. */
	private static String countryOfDescription(BlockText text, int first, int last) {
		String country = null;
		for (int i = Math.max(0, first - 1); i <= last; i++) {
			String named = COUNTRIES.get(text.token(i).key());
			if (named != null && (i >= first || text.token(first).isPossessive())) {
				country = named;
			}
		}
		return country;
	}

	private static boolean isAcronym(String word) {
		return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
	}

	private static String countryOf(BlockText text, int first, int last) {
		for (int i = first; i <= last; i++) {
			String country = COUNTRIES.get(text.token(i).key());
			if (country != null) {
				return country;
			}
		}
		return null;
	}

	/**
	 * The last token of a description starting at {@code i} ("le régulateur chinois", "China's
	 * internet watchdog", "the Chinese regulator"), or -1.
	 */
	private static int describedAt(BlockText text, int i) {
		if (!Set.of("le", "la", "l'", "the").contains(text.token(i).key()) && !text.token(i).isPossessive()) {
			return -1;
		}
		for (int j = i + 1; j < Math.min(text.size(), i + 4); j++) {
			Token token = text.token(j);
			if (!token.isWord()) {
				return -1;
			}
			if (DESCRIPTIONS.contains(token.key())) {
				int last = j;
				if (j + 1 < text.size() && COUNTRIES.containsKey(text.token(j + 1).key())) {
					last = j + 1;
				}
				return last;
			}
		}
		return -1;
	}

	private String describedBody(BlockText text, int first, int last, long position) {
		String country = countryOfDescription(text, first, last);
		List<Body> fitting = new ArrayList<>();
		for (Body body : this.bodies) {
			if (body.position() < position && (country == null || body.country() == null || country.equals(body.country()))
					&& fitting.stream().noneMatch((other) -> other.name().equals(body.name()))) {
				fitting.add(body);
			}
		}
		if (country != null && fitting.stream().anyMatch((body) -> country.equals(body.country()))) {
			fitting.removeIf((body) -> !country.equals(body.country()));
		}
		return (fitting.size() == 1) ? fitting.get(0).name() : null;
	}

}
