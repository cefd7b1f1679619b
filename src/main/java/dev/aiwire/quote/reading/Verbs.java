package dev.aiwire.quote.reading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.aiwire.language.WordList;
import dev.aiwire.language.Words;

/**
 * Recognises the speech verbs of one language in their written forms: "a déclaré",
 * "déclare-t-il", "affirmant", "said", "tweeted". Built from the language's
 * {@code speech-verbs} list: an entry marked {@code conjugation=er} (a French first-group
 * verb) is known in every form of its stem; any other entry lists its forms. Forms that
 * are also common nouns ({@code noun-like-verb-forms}: "note", "poste", "comment") count
 * only after an auxiliary or a subject pronoun, before an inverted subject or right after
 * a quotation.
 */
public final class Verbs {

	/** The endings of a French first-group verb's forms that reported speech uses. */
	private static final Set<String> ER_ENDINGS = Set.of("er", "e", "es", "ent", "ee", "ees", "a", "ait", "aient",
			"ant", "erent", "era", "eront", "erait", "ai", "ons", "ez", "ait-il");

	private final Set<String> stems = new HashSet<>();

	private final Set<String> forms = new HashSet<>();

	private final Set<String> nounLike;

	private final Set<String> auxiliaries = new HashSet<>();

	private final Set<String> adverbs = new HashSet<>();

	private final Set<String> governing;

	private final Set<String> links;

	private final Set<String> pronouns;

	private final Set<String> subjectPronouns;

	/** The forms and stems of the verbs that also act on things ("added 100 million"). */
	private final Set<String> actionForms = new HashSet<>();

	private final Set<String> actionStems = new HashSet<>();

	private final Set<String> amounts;

	/**
	 * @param auxiliaries auxiliaries ({@code kind=auxiliary}) and the adverbs that stand
	 * beside them
	 * @param governing verbs that govern an infinitive ("aime", "tient")
	 * @param links the prepositions that link such a verb to its infinitive ("à", "to")
	 * @param pronouns subject pronouns, which an inverted or English clause puts before
	 * the verb
	 * @param subjectPronouns the pronouns of the subject case alone ("il", "he", not
	 * "her"), after which no noun stands
	 * @param amounts words that open an amount ("more", "plus"), which a verb that also
	 * acts on things ({@code also=action}) takes as its object rather than as speech
	 */
	Verbs(WordList verbs, WordList nounLike, WordList auxiliaries, Set<String> governing, Set<String> links,
			Set<String> pronouns, Set<String> subjectPronouns, Set<String> amounts) {
		this.amounts = amounts;
		for (WordList.Entry entry : auxiliaries.entries()) {
			("auxiliary".equals(entry.attribute("kind")) ? this.auxiliaries : this.adverbs).add(entry.key());
		}
		this.governing = governing;
		this.links = links;
		this.pronouns = pronouns;
		this.subjectPronouns = subjectPronouns;
		for (WordList.Entry entry : verbs.entries()) {
			List<String> words = entry.words();
			String last = words.get(words.size() - 1);
			if (last.startsWith("s'")) {
				last = last.substring(2);
			}
			boolean action = "action".equals(entry.attribute("also"));
			if ("er".equals(entry.attribute("conjugation")) && last.endsWith("er")) {
				String stem = last.substring(0, last.length() - 2);
				this.stems.add(stem);
				if (action) {
					this.actionStems.add(stem);
				}
				if (stem.endsWith("g")) {
					// "juger": "jugeait", "jugeant", "jugea" keep the e before a and o
					this.stems.add(stem + "e");
				}
			}
			String forms = entry.attribute("forms");
			if (forms != null) {
				for (String form : forms.split(",")) {
					this.forms.add(Words.fold(form.strip()));
					if (action) {
						this.actionForms.add(Words.fold(form.strip()));
					}
				}
			}
			else if (!"er".equals(entry.attribute("conjugation"))) {
				this.forms.add(last);
			}
		}
		this.nounLike = nounLike.keys();
	}

	/** Whether a folded word is a form of a speech verb, whatever stands around it. */
	public boolean isForm(String key) {
		return isFormOf(key, this.forms, this.stems);
	}

	/** Whether a folded word is one of the forms listed, or a stem's with its ending. */
	private static boolean isFormOf(String key, Set<String> forms, Set<String> stems) {
		if (forms.contains(key)) {
			return true;
		}
		for (int cut = Math.max(1, key.length() - 6); cut < key.length(); cut++) {
			if (stems.contains(key.substring(0, cut)) && ER_ENDINGS.contains(key.substring(cut))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the token is a speech verb where it stands: a form of one, and, when that
	 * form is also a noun, after an auxiliary or before an inverted subject ("a noté",
	 * "note-t-il").
	 */
	public boolean isSpeechVerb(List<Token> tokens, int index) {
		Token token = tokens.get(index);
		if (!token.isWord() || token.inverted() || !isForm(token.key())) {
			return false;
		}
		if (index + 1 < tokens.size() && amountFollows(tokens.get(index + 1)) && isActionForm(token.key())) {
			// "said the company had added 100 million yuan of contracts": an amount
			// after it makes the verb an action, not speech
			return false;
		}
		return !this.nounLike.contains(token.key()) || afterAuxiliary(tokens, index)
				|| afterSubjectPronoun(tokens, index)
				|| (index + 1 < tokens.size() && tokens.get(index + 1).inverted());
	}

	/**
	 * Whether a subject pronoun stands right before the token: no noun follows "il" or
	 * "he", so "qu'il juge", "elle note", "he notes" are verbs.
	 */
	private boolean afterSubjectPronoun(List<Token> tokens, int index) {
		return index >= 1 && tokens.get(index - 1).isWord()
				&& this.subjectPronouns.contains(tokens.get(index - 1).key());
	}

	private boolean amountFollows(Token next) {
		return next.isWord() && (Character.isDigit(next.key().charAt(0)) || this.amounts.contains(next.key()));
	}

	private boolean isActionForm(String key) {
		return isFormOf(key, this.actionForms, this.actionStems);
	}

	/**
	 * Whether the token is a speech verb right after a quotation, where a verb is
	 * expected ("», note X").
	 */
	public boolean isSpeechVerbAfterQuote(List<Token> tokens, int index) {
		Token token = tokens.get(index);
		return token.isWord() && !token.inverted() && isForm(token.key());
	}

	/**
	 * Whether an auxiliary ("a", "has") or a verb that governs an infinitive ("aimait",
	 * "tient à", "liked to") stands before the verb, with only adverbs, pronouns and
	 * linking words between.
	 */
	public boolean afterAuxiliary(List<Token> tokens, int index) {
		for (int i = index - 1; i >= 0 && i >= index - 4; i--) {
			Token before = tokens.get(i);
			String key = before.key();
			if (this.governing.contains(key) || this.auxiliaries.contains(key)) {
				return true;
			}
			boolean between = before.inverted() || this.adverbs.contains(key) || this.links.contains(key)
					|| this.pronouns.contains(key);
			if (!between) {
				return false;
			}
		}
		return false;
	}

}
