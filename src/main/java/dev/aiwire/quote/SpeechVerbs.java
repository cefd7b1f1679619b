package dev.aiwire.quote;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises the verbs that introduce or close a quotation, French and English, in their
 * conjugated forms ("a déclaré", "déclare-t-il", "affirmant", "said", "tweeted"...).
 */
final class SpeechVerbs {

	private SpeechVerbs() {
	}

	/** Stems of French first-group verbs (folded): each takes the endings of {@link #ER_ENDINGS}. */
	private static final List<String> ER_STEMS = List.of("declar", "affirm", "ajout", "estim", "expliqu", "soulign",
			"tweet", "twitt", "mentionn", "propos", "confi", "assur", "indiqu", "precis", "lanc", "plaisant", "resum",
			"insist", "rappel", "rappell", "ripost", "repliqu", "retorqu", "comment", "temoign", "racont", "confirm",
			"annonc", "martel", "observ", "avanc", "ironis", "exclam", "deplor", "clam", "souffl", "gliss", "evoqu",
			"interpell", "tranch", "avou", "conced", "demand", "interrog", "regrett", "conseill", "recommand",
			"exhort", "enthousiasm", "felicit", "rejou", "salu", "critiqu", "denonc", "fustig", "prevoi", "pari",
			"jur", "nuanc", "tempér", "temper", "detaill", "formul", "s'exclam", "resum", "poursuiv", "continu",
			"chantonn", "ecrir", "defend", "qualifi", "proclam", "signal", "reitér", "reiter", "enchain", "embray",
			"lach", "assen", "concl", "argu", "objet", "objec", "questionn", "ironis", "moqu", "rigol", "raill",
			"post", "repet", "reag", "partag", "not", "jug", "appel", "promet", "rassur", "alert", "previen", "averti");

	private static final Set<String> ER_ENDINGS = Set.of("er", "e", "es", "ent", "ee", "ees", "a", "ait", "aient",
			"ant", "erent", "era", "eront", "erait", "ai", "ons", "ez");

	/** Stems whose forms are also common nouns: they count only after an auxiliary ("a noté"). */
	private static final Set<String> AMBIGUOUS_STEMS = Set.of("not", "post", "publi", "partag", "appel", "jug",
			"qualifi", "signal", "continu", "pari", "jur", "lanc", "comment", "propos", "resum", "demand",
			"defend", "rappel", "alert", "critiqu", "formul", "detaill", "observ",
			"avanc", "gliss", "repet", "souffl", "tranch", "clam", "argu", "concl", "objet", "objec", "poursuiv", "ecrir",
			"promet", "previen", "averti", "embray", "enchain", "nuanc", "temper", "tempér", "assen", "lach",
			"moqu", "rigol", "raill", "chantonn", "questionn", "interrog");

	/** Endings a noun or an adjective can share with the verb ("une note", "le modèle publié"). */
	private static final Set<String> NOUN_LIKE_ENDINGS = Set.of("e", "es", "ee", "ees", "er");

	/** French forms outside the first group, and English forms. */
	private static final Set<String> FORMS = new HashSet<>(Arrays.asList("""
			dit dis disait disaient disent dira dirait disant dise redit
			ecrit ecrivait ecrivaient ecrivent ecrivant ecrira
			reconnu reconnue reconnait reconnaissait reconnaissent reconnaissant reconnut
			admis admet admettait admettent admettant admit
			poursuivi poursuit poursuivait poursuivant
			conclu conclut concluait concluant
			repondu repond repondait repondaient repondent repondant repondit repondra
			averti avertit avertissait avertissant
			previent prevenu prevenait
			promis promet promettait promettant
			soutenu soutient soutenait soutenant
			maintenu maintient maintenait
			decrit decrivait decrivant
			predit
			rit sourit reagi reagit reagissait reagissant
			interrompu
			say says said saying tell tells told telling add adds added adding write writes wrote written writing
			posted tweeted explain explains explained explaining noted noting warn warns warned warning argue argues
			argued arguing claimed insist insists insisted insisting replied joked joking admit admits admitted
			admitting recall recalls recalled recalling stated declared declares remarked observed commented
			respond responds responded conclude concludes concluded ask asks asked suggest suggests suggested
			stress stresses stressed emphasize emphasized emphasise emphasised acknowledge acknowledges
			acknowledged quipped muse mused concede concedes conceded continued confirmed confirms announced
			predicted recounted boasted mentioned mentions asserted asserts maintained vowed promised shared
			answered retorted cautioned exclaimed wondered lamented complained urged reckoned reckons added
			described called""".trim().split("\\s+")));

	/** English forms that need an auxiliary or a subject right before them to count. */
	private static final Set<String> NEEDS_SUBJECT = Set.of("called", "described", "shared");

	/** Whether the token at {@code index} is a speech verb. */
	static boolean isSpeechVerb(List<Token> tokens, int index) {
		Token token = tokens.get(index);
		if (!token.isWord()) {
			return false;
		}
		String key = token.key();
		if (FORMS.contains(key)) {
			return !NEEDS_SUBJECT.contains(key) || afterAuxiliary(tokens, index);
		}
		for (String stem : ER_STEMS) {
			if (key.length() > stem.length() && key.startsWith(stem)
					&& ER_ENDINGS.contains(key.substring(stem.length()))) {
				String ending = key.substring(stem.length());
				return !AMBIGUOUS_STEMS.contains(stem) || !NOUN_LIKE_ENDINGS.contains(ending)
						|| afterAuxiliary(tokens, index) || invertedNext(tokens, index);
			}
		}
		return false;
	}

	/**
	 * Whether the token is a speech verb, counting forms that are also nouns: right after a
	 * quotation ("», note un analyste") a verb is expected.
	 */
	static boolean isSpeechVerbAfterQuote(List<Token> tokens, int index) {
		Token token = tokens.get(index);
		if (!token.isWord()) {
			return false;
		}
		if (isSpeechVerb(tokens, index) || FORMS.contains(token.key())) {
			return true;
		}
		for (String stem : ER_STEMS) {
			if (token.key().length() > stem.length() && token.key().startsWith(stem)
					&& ER_ENDINGS.contains(token.key().substring(stem.length()))) {
				return true;
			}
		}
		return false;
	}

	/** An infinitive governed by a verb: "aimait répéter", "tient à rappeler", "liked to say". */
	private static boolean afterGoverningVerb(List<Token> tokens, int index) {
		int before = index - 1;
		if (before >= 0 && Set.of("a", "de", "d'", "to").contains(tokens.get(before).key())) {
			before--;
		}
		return before >= 0 && Lexicon.GOVERNING_VERBS.contains(tokens.get(before).key());
	}

	private static boolean invertedNext(List<Token> tokens, int index) {
		return index + 1 < tokens.size() && tokens.get(index + 1).inverted();
	}

	private static boolean afterAuxiliary(List<Token> tokens, int index) {
		if (afterGoverningVerb(tokens, index)) {
			return true;
		}
		for (int i = index - 1; i >= 0 && i >= index - 4; i--) {
			Token before = tokens.get(i);
			String key = before.key();
			if (before.inverted()) {
				continue;
			}
			if (Set.of("a", "avait", "ont", "avaient", "aura", "aurait", "eut", "has", "have", "had", "est", "s'")
				.contains(key)) {
				return true;
			}
			if (!Set.of("ne", "n'", "pas", "aussi", "egalement", "encore", "alors", "ensuite", "deja", "lui", "leur",
					"y", "en", "meme", "bien", "then", "also", "just", "already", "he", "she", "it")
				.contains(key) && !Lexicon.CONNECTIVE_ADVERBS.contains(key)) {
				return false;
			}
		}
		return false;
	}

}
