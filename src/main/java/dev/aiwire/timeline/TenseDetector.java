package dev.aiwire.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the verb forms that tell the tense of a sentence, so that a date without a year can be
 * read backwards or forwards from publication. The marker nearest to a date wins; markers that
 * announce the future ("prévoit de", "is expected to") win over a past auxiliary they overlap.
 */
final class TenseDetector {

	private static final String W = "[\\p{L}'-]";

	private static final String B0 = "(?<![\\p{L}\\p{N}])";

	private static final String B1 = "(?![\\p{L}\\p{N}])";

	/** Adverbs that end like participles ("ainsi", "désormais") and so must not be read as one. */
	private static final String NOT_ADVERB = "(?!(?:ainsi|aussi|depuis|ici|parmi|puis|lui|qui|aujourd'hui|si|ni|oui|plus"
			+ "|jamais|déjà|désormais|mais|toujours|encore|même|notamment|également|mardi|lundi|mercredi|jeudi|vendredi"
			+ "|samedi|midi|parmi|tous|sous|nous|vous|un|du|au|lu)(?![\\p{L}]))";

	private static final Pattern FR_FUTURE = Pattern.compile(B0 + "(?:"
	// aller + infinitive
			+ "(?:vais|va|vont|allons|allez)\\s+(?:" + W + "+\\s+){0,2}?\\p{L}+(?:er|ir|re|oir)"
			// verbs and words that announce what is to come
			+ "|prévoi[st]|prévoient|prévu[es]{0,2}|envisagen?t?|comptent|s'apprêten?t?|devrai[et]n?t?|ambitionnen?t?"
			+ "|projetten?t?|à venir|prochaine?s?|d'ici|programmée?s?|attendue?s?|censée?s?|planifiée?s?|doi[tv]e?n?t?"
			// simple future and conditional of the common irregular verbs
			+ "|ser(?:a|ai|as|ons|ez|ont|ait|aient)|aur(?:a|ai|ons|ez|ont)|fer(?:a|ont|ait|aient)"
			+ "|pourr(?:a|ont|ait|aient)|devr(?:a|ont)|verr(?:a|ont)|saur(?:a|ont)|faudr(?:a|ait)|vaudr(?:a|ait)"
			+ "|enverr(?:a|ont)|ir(?:a|ont)"
			// regular simple future and conditional
			+ "|\\p{Ll}{2,}(?:er|ir|dr|ttr|îtr)(?:ai|as|a|ons|ez|ont|ait|aient)" + ")" + B1, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern FR_PAST = Pattern.compile(B0 + "(?:"
	// passé composé and plus-que-parfait: auxiliary, up to two words, past participle
			+ "(?:a|ai|as|ont|avait|avaient|avons|avez|eut|eurent|aurait|auraient|est|sont|était|étaient|fut|furent"
			+ "|s'est|se sont"
			+ "|l'a|l'ont|l'avait|n'a|n'ont|n'avait|n'est|en a|y a)\\s+(?:" + W + "+\\s+){0,2}?" + NOT_ADVERB + "\\p{L}+"
			+ "(?:é|ée|és|ées|i|ie|is|ise|it|ite|u|ue|us|ert|erte|eint|aint|ort|orte)"
			// imparfait and passé simple
			+ "|\\p{Ll}{2,}(?:ait|aient)|\\p{Ll}+(?:èrent|irent|urent)|fut|furent|eut|eurent|naquit|mourut|fonda"
			+ ")" + B1, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A past participle right before a date: "annoncé le 14 mars", "fondée en 2015". */
	private static final Pattern FR_PARTICIPLE = Pattern
		.compile(B0 + "\\p{Ll}{3,}(?:é|ée|és|ées)" + B1, Pattern.UNICODE_CASE);

	private static final Set<String> FR_NOT_PAST = Set.of("fait", "lait", "trait", "souhait", "attrait", "portrait",
			"parfait", "retrait", "extrait", "forfait", "bienfait", "méfait", "abstrait", "distrait", "plait", "plaît",
			"sait", "vait", "était", "étaient");

	private static final Set<String> FR_NOT_PARTICIPLE = Set.of("clé", "côté", "marché", "marchés", "café", "comité",
			"comités", "degré", "degrés", "employé", "employés", "député", "députés", "associé", "associés", "délégué",
			"délégués", "prévu", "prévue", "prévus", "prévues", "été", "fiancé", "thé", "blé", "pré", "lycée", "musée",
			"année", "années", "journée", "soirée", "entrée", "idée", "idées", "durée", "armée", "arrivée", "vallée",
			"poupée", "trophée", "fusée", "fusées", "pensée", "chaussée", "mosquée", "épopée", "bouée", "dernière",
			"fée", "denrée", "matinée", "rentrée", "tournée", "portée", "montée", "percée", "levée", "clientèle",
			"attendu", "attendue", "attendus", "attendues", "censé", "censée", "programmé", "programmée", "planifié",
			"planifiée", "privé", "privée", "privés", "privées", "spécialisé", "spécialisée", "élevé", "élevée",
			"élevés", "dédié", "dédiée", "avancé", "avancée", "avancés", "avancées", "doté", "dotée", "basé", "basée",
			"intitulé", "intitulée", "appelé", "appelée", "nommé", "baptisé", "baptisée");

	private static final Set<String> FR_NOT_FUTURE = Set.of("caméra", "opéra", "extra", "ultra", "mantra", "tantra",
			"cobra", "hydra", "chimera", "sierra", "lira", "tiara", "cadra", "sandra", "alexandra");

	private static final Pattern EN_FUTURE = Pattern.compile(B0 + "(?:will|'ll|shall|won't|going to"
			+ "|(?:is|are|was|were)\\s+(?:expected|set|scheduled|slated|due|poised|planning|likely|about)\\s+to"
			+ "|(?:plans?|planning|aims?|aiming|intends?|intending|expects?|hopes?|prepares?)\\s+to"
			+ "|expects?|expecting|upcoming|next|coming|later this|would)" + B1, Pattern.CASE_INSENSITIVE);

	private static final Pattern EN_PAST = Pattern.compile(B0 + "(?:was|were|had|did|said|told|made|took|gave|came"
			+ "|went|began|became|brought|bought|sold|led|left|held|won|lost|met|rose|fell|grew|saw|knew|found|got"
			+ "|built|wrote|spoke|struck|paid|sent|spent|shut|unveiled|ago|(?:has|have)\\s+(?:\\p{L}+\\s+)?(?:been|\\p{L}+ed)"
			+ "|\\p{Ll}{2,}ed)" + B1, Pattern.CASE_INSENSITIVE);

	private static final Set<String> EN_NOT_PAST = Set.of("need", "speed", "seed", "feed", "red", "bed", "shed", "indeed", "hundred", "hundreds", "proceed", "exceed", "succeed", "embed", "breed", "greed", "weed", "deed", "based", "expected", "scheduled", "slated", "planned", "limited", "advanced", "automated", "unprecedented", "related", "dedicated", "integrated", "detailed", "sophisticated", "complicated", "united", "so-called", "listed", "biased", "sized", "powered", "ai-powered", "funded", "backed", "state-owned", "owned", "skilled", "talented", "interested", "distributed", "unlimited", "closed", "open-sourced", "aimed");

	private TenseDetector() {
	}

	record Marker(int begin, int end, Tense tense, boolean strong) {

		int distanceTo(int from, int to) {
			if (this.end <= from) {
				return from - this.end;
			}
			if (this.begin >= to) {
				return this.begin - to;
			}
			return 0;
		}

	}

	static List<Marker> markers(String text, String lang) {
		List<Marker> markers = new ArrayList<>();
		if ("en".equals(lang)) {
			collect(text, EN_FUTURE, Tense.FUTURE, true, null, markers);
			collect(text, EN_PAST, Tense.PAST, true, EN_NOT_PAST, markers);
		}
		else {
			collect(text, FR_FUTURE, Tense.FUTURE, true, FR_NOT_FUTURE, markers);
			collect(text, FR_PAST, Tense.PAST, true, FR_NOT_PAST, markers);
			collect(text, FR_PARTICIPLE, Tense.PAST, false, FR_NOT_PARTICIPLE, markers);
		}
		// a future marker overlapping a past one ("est prévu", "was expected to") speaks for the sentence
		markers.removeIf((m) -> m.tense() == Tense.PAST && markers.stream()
			.anyMatch((f) -> f.tense() == Tense.FUTURE && f.begin() < m.end() && m.begin() < f.end()));
		return markers;
	}

	private static void collect(String text, Pattern pattern, Tense tense, boolean strong, Set<String> exceptions,
			List<Marker> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			if (hasInnerCapital(matcher.group())) {
				// "SuperAI", "OpenAI": names, not verbs
				continue;
			}
			String word = matcher.group().toLowerCase();
			if (exceptions != null && (exceptions.contains(word) || word.endsWith("ité") || word.endsWith("ités"))) {
				continue;
			}
			into.add(new Marker(matcher.start(), matcher.end(), tense, strong));
		}
	}

	/**
	 * The tense of the clause (between commas, semicolons, colons, brackets or dashes) holding an
	 * expression, or null when no marker stands in it.
	 */
	static Tense clauseTense(String text, List<Marker> markers, int begin, int end) {
		int from = begin;
		while (from > 0 && !isClauseBoundary(text, from - 1)) {
			from--;
		}
		int to = end;
		while (to < text.length() && !isClauseBoundary(text, to)) {
			to++;
		}
		List<Marker> inClause = new ArrayList<>();
		for (Marker marker : markers) {
			if (marker.begin() >= from && marker.end() <= to) {
				inClause.add(marker);
			}
		}
		return inClause.isEmpty() ? null : tenseAt(inClause, begin, end);
	}

	private static boolean isClauseBoundary(String text, int i) {
		char c = text.charAt(i);
		return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014'
				|| (c == '-' && i > 0 && text.charAt(i - 1) == ' ');
	}

	private static final Pattern SINCE = Pattern.compile(
			"(?<![\\p{L}])(?:depuis|since)\\s+(?:le\\s+|la\\s+|l'|the\\s+)?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern UNTIL = Pattern.compile("(?<![\\p{L}])d'ici\\s+(?:le\\s+|la\\s+|l'|à\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	/** The direction a preposition imposes: "depuis mardi" is past, "d'ici juin" is to come; else null. */
	static Tense directedBy(String text, int begin) {
		String start = text.substring(begin, Math.min(text.length(), begin + 7)).toLowerCase();
		if (start.startsWith("depuis ") || start.startsWith("since ")) {
			return Tense.PAST;
		}
		int from = Math.max(0, begin - 16);
		if (SINCE.matcher(text).region(from, begin).useTransparentBounds(true).find()) {
			return Tense.PAST;
		}
		if (UNTIL.matcher(text).region(from, begin).useTransparentBounds(true).find()) {
			return Tense.FUTURE;
		}
		return null;
	}

	private static boolean hasInnerCapital(String word) {
		for (int i = 1; i < word.length(); i++) {
			if (Character.isUpperCase(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern SUBORDINATOR = Pattern.compile("(?<![\\p{L}])(?:(?:que|qui|si|which|who)(?![\\p{L}])|qu')",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The tense of the sentence around an expression: the nearest marker, leaving out those on the
	 * other side of a subordinating word ("Le 24 février, le groupe annonce qu'il investira" is
	 * about what happened on 24 February).
	 */
	static Tense sentenceTense(String text, List<Marker> markers, int begin, int end) {
		List<Marker> main = new ArrayList<>();
		for (Marker marker : markers) {
			if (marker.begin() >= end && SUBORDINATOR.matcher(text).region(end, marker.begin()).find()) {
				continue;
			}
			if (marker.end() <= begin && SUBORDINATOR.matcher(text).region(marker.end(), begin).find()) {
				continue;
			}
			main.add(marker);
		}
		return tenseAt(main, begin, end);
	}

	/** The tense for an expression between two offsets: nearest strong marker, else nearest weak one. */
	static Tense tenseAt(List<Marker> markers, int begin, int end) {
		Marker best = null;
		for (Marker marker : markers) {
			if (marker.begin() < end && begin < marker.end()) {
				continue;
			}
			if (best == null || (marker.strong() && !best.strong())
					|| (marker.strong() == best.strong() && marker.distanceTo(begin, end) < best.distanceTo(begin, end))) {
				best = marker;
			}
		}
		return (best != null) ? best.tense() : Tense.PRESENT;
	}

}
