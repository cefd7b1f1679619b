package dev.aiwire.quote.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.aiwire.quote.people.Mention.Form;
import dev.aiwire.quote.people.NameFinder.Name;
import dev.aiwire.quote.reading.ArticleText;
import dev.aiwire.quote.reading.BlockText;
import dev.aiwire.quote.reading.QuoteWords;
import dev.aiwire.quote.reading.QuoteWords.Gender;
import dev.aiwire.quote.reading.Token;

/**
 * The article read in order, as a reader follows who is who: every name, pronoun, role
 * ("le fondateur", "the 39-year-old CEO"), organisation noun ("le ministère") and crowd
 * ("un internaute") of the narration, resolved where it stands.
 * <p>
 * Resolution goes by <b>salience</b>, not recency: each earlier mention of a candidate
 * counts, more when it was the subject of its sentence, less the further back it stands
 * (half a sentence later, less again across a paragraph), and the people of the title
 * keep a little weight all along. A pronoun goes to the most salient candidate of its
 * gender; a role to the most salient person the article gave that role (at that
 * organisation, when it names one), else to the most salient person; a surname to the
 * most salient person whose name holds it, so that two Wangs are told apart by who the
 * text is about. Words inside quotation marks are someone else's voice and change
 * nobody's salience.
 */
public final class Discourse {

	/** The meaning of the roles whose holder speaks for an organisation. */
	private static final String SPOKESPERSON = "spokesperson";

	/**
	 * The meanings of the roles whose unnamed holder speaks for the public body they
	 * serve: an official, a "responsable".
	 */
	private static final Set<String> OFFICIALS = Set.of("official", "manager");

	/** How much of a mention's weight is left one sentence later. */
	private static final double DECAY = 0.55;

	/** What is left of it across a paragraph break. */
	private static final double PARAGRAPH = 0.8;

	/** What the title gives the people it names, for as long as the article lasts. */
	private static final double TITLE = 0.15;

	/**
	 * How far ahead of the second candidate the first must be for a resolution to be
	 * sure.
	 */
	private static final double SURE = 1.6;

	private final ArticleText article;

	private final Cast cast;

	private final QuoteWords words;

	private final List<Mention> history = new ArrayList<>();

	private final Map<Long, Mention> byToken = new HashMap<>();

	private final Map<Long, Integer> sentenceNumbers = new HashMap<>();

	private final Map<Entity, Double> inTitle = new HashMap<>();

	private int sentence;

	/** The subject of the sentence before, in the same paragraph, or null. */
	private Mention previousSubject;

	/**
	 * The nouns of the unnamed people the text has introduced ("a former employee", "un
	 * chauffeur"), folded: "the former employee" later is that same unnamed person.
	 */
	private final Set<String> unnamed = new HashSet<>();

	/** Whether the sentence being read has referred to someone yet. */
	private boolean mentionedInSentence;

	/** The latest subject of the sentence being read, or null. */
	private Entity subjectSoFar;

	/**
	 * Whether the subject of the sentence being read is one person the text does not name
	 * ("a user", "une ingénieure") and no person has been named since.
	 */
	private boolean unnamedSubjectSoFar;

	private Discourse(ArticleText article, Cast cast) {
		this.article = article;
		this.cast = cast;
		this.words = article.words();
	}

	/** Reads an article in order and resolves every reference to someone. */
	public static Discourse read(ArticleText article, Cast cast) {
		Discourse discourse = new Discourse(article, cast);
		discourse.noteTitle();
		discourse.voteGendersByPronouns();
		discourse.walk();
		return discourse;
	}

	public Cast cast() {
		return this.cast;
	}

	/** The mention covering a token of the narration, or null. */
	public Mention mentionAt(int block, int token) {
		return this.byToken.get(ArticleText.position(block, token));
	}

	/** The mentions of a block between two tokens (inclusive), in reading order. */
	public List<Mention> mentionsBetween(int block, int from, int to) {
		List<Mention> found = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			Mention mention = mentionAt(block, i);
			if (mention != null && mention.first() >= from
					&& (found.isEmpty() || found.get(found.size() - 1) != mention)) {
				found.add(mention);
			}
		}
		return found;
	}

	/** The subject of the sentence of a block that holds a token, or null. */
	public Mention subjectOf(int block, BlockText.Range sentence) {
		int dependentEnd = dependentClauseEnd(this.article.block(block), sentence);
		Mention inDependent = null;
		List<Mention> mentions = mentionsBetween(block, sentence.first(), sentence.last());
		for (int m = 0; m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			if (mention.subject() && mention.last() >= dependentEnd) {
				Mention named = (m + 1 < mentions.size()) ? mentions.get(m + 1) : null;
				boolean unnamed = mention.entity() == null && (mention.isCrowd() || mention.form() == Form.ROLE);
				// "une analyste de Pékin, Mme Wang Li, reste prudente": the name set
				// beside an unnamed subject says who it is
				return (unnamed && named != null && named.subject() && named.isNamed() && named.entity() != null
						&& named.entity().isPerson()) ? named : mention;
			}
			if (mention.subject() && inDependent == null) {
				inDependent = mention;
			}
		}
		return inDependent;
	}

	/** The article-wide number of the sentence holding a token of a block. */
	public int sentenceNumber(int block, int token) {
		BlockText text = this.article.block(block);
		BlockText.Range range = text.sentenceOf(token);
		Integer number = this.sentenceNumbers.get(ArticleText.position(block, range.first()));
		return (number != null) ? number : this.sentence;
	}

	/**
	 * The number the next sentence after a block would have: where a quotation block
	 * stands.
	 */
	public int sentenceAfter(int block) {
		int number = 0;
		for (Mention mention : this.history) {
			if (mention.block() <= block) {
				number = Math.max(number, mention.sentence() + 1);
			}
		}
		return number;
	}

	/**
	 * The person (or organisation) the block is about: the entity that is subject of most
	 * of its sentences, the first one on a tie; null when its sentences have no named
	 * subject.
	 */
	public Entity topicOf(int block) {
		Map<Entity, Integer> counts = new HashMap<>();
		Entity first = null;
		for (Mention mention : this.history) {
			if (mention.block() == block && mention.subject() && mention.entity() != null) {
				counts.merge(mention.entity(), 1, Integer::sum);
				if (first == null) {
					first = mention.entity();
				}
			}
		}
		Entity topic = first;
		for (Map.Entry<Entity, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > counts.getOrDefault(topic, 0)) {
				topic = entry.getKey();
			}
		}
		return topic;
	}

	/**
	 * The most salient entity at a sentence among those the filter accepts, and whether
	 * it stands well ahead of the next one; null when no candidate was ever mentioned.
	 */
	public Resolution mostSalient(int sentence, int block, Predicate<Entity> accepted) {
		return mostSalient(sentence, block, accepted, (entity) -> 1.0);
	}

	/**
	 * The most salient entity, each candidate's salience weighted by a factor of its own.
	 */
	private Resolution mostSalient(int sentence, int block, Predicate<Entity> accepted,
			java.util.function.ToDoubleFunction<Entity> factor) {
		Map<Entity, Double> scores = new HashMap<>();
		this.inTitle.forEach((entity, weight) -> {
			if (accepted.test(entity)) {
				scores.merge(entity, weight, Double::sum);
			}
		});
		for (Mention mention : this.history) {
			if (mention.entity() == null || mention.sentence() > sentence || !accepted.test(mention.entity())) {
				continue;
			}
			double weight = mention.subject() ? ((mention.form() == Form.NAME) ? 2.0 : 1.6) : 1.0;
			weight *= Math.pow(DECAY, sentence - mention.sentence());
			if (mention.block() != block) {
				weight *= PARAGRAPH;
			}
			scores.merge(mention.entity(), weight, Double::sum);
		}
		scores.replaceAll((entity, score) -> score * factor.applyAsDouble(entity));
		List<Map.Entry<Entity, Double>> ranked = new ArrayList<>(scores.entrySet());
		ranked.sort(Map.Entry.<Entity, Double>comparingByValue(Comparator.reverseOrder())
			.thenComparing((entry) -> entry.getKey().id()));
		if (ranked.isEmpty()) {
			return null;
		}
		double first = ranked.get(0).getValue();
		double second = (ranked.size() > 1) ? ranked.get(1).getValue() : 0;
		return new Resolution(ranked.get(0).getKey(), first >= SURE * second);
	}

	/**
	 * An entity a reference was resolved to, and whether no close second stood beside it.
	 */
	public record Resolution(Entity entity, boolean sure) {

	}

	/**
	 * The person a pronoun of this gender (or the organisation "it") stands for at a
	 * sentence.
	 */
	public Resolution resolvePronoun(QuoteWords.Pronoun pronoun, int sentence, int block) {
		if (pronoun.neuter() || pronoun.plural()) {
			Resolution organisation = mostSalient(sentence, block, (entity) -> entity.isOrganisation());
			Resolution anyone = mostSalient(sentence, block, (entity) -> true);
			// "it said", "they said": an organisation, when it is what the text is about
			return (organisation != null && anyone != null && anyone.entity() == organisation.entity()) ? organisation
					: (pronoun.neuter() ? organisation : null);
		}
		// "elle", "she": a woman the text showed to be one fits better than someone of
		// unknown gender
		// (most people the genre names are men whose gender the text never shows)
		return mostSalient(sentence, block, (entity) -> entity.isPerson() && entity.agreesWith(pronoun.gender()),
				(entity) -> (pronoun.gender() == Gender.FEMALE && entity.gender() == Gender.UNKNOWN) ? 0.5 : 1.0);
	}

	// ---- reading in order
	// -----------------------------------------------------------------------

	private void noteTitle() {
		BlockText title = this.article.title();
		if (title == null) {
			return;
		}
		for (int i = 0; i < title.size(); i++) {
			Entity entity = this.cast.fixedAt(-1, i);
			if (entity != null) {
				this.inTitle.merge(entity, TITLE, Double::sum);
			}
		}
	}

	/**
	 * Votes on genders before resolving anything: a subject pronoun opening the sentence
	 * after a sentence whose subject is a named person says that person's gender.
	 */
	private void voteGendersByPronouns() {
		for (BlockText text : this.article.blocks()) {
			if (!ArticleText.isNarration(text)) {
				continue;
			}
			List<BlockText.Range> sentences = text.sentences();
			for (int s = 0; s + 1 < sentences.size(); s++) {
				Entity named = firstNamedSubject(text, sentences.get(s));
				if (named == null || !named.isPerson()) {
					continue;
				}
				BlockText.Range next = sentences.get(s + 1);
				for (int i = next.first(); i <= Math.min(next.last(), next.first() + 8); i++) {
					QuoteWords.Pronoun pronoun = text.isQuoted(i) ? null : this.words.pronoun(text.token(i).key());
					if (pronoun != null && pronoun.subject() && !pronoun.plural() && !pronoun.neuter()) {
						named.vote(pronoun.gender(), 1);
						break;
					}
					if (text.token(i).is(",")) {
						continue;
					}
					if (this.cast.nameAt(text.block().index(), i) != null) {
						break;
					}
				}
			}
		}
	}

	private Entity firstNamedSubject(BlockText text, BlockText.Range sentence) {
		int block = text.block().index();
		for (int i = sentence.first(); i <= sentence.last(); i++) {
			Name name = this.cast.nameAt(block, i);
			if (name != null) {
				Entity entity = this.cast.fixedAt(block, i);
				return (entity != null && isSubjectPosition(text, name.start(), name.last())) ? entity : null;
			}
		}
		return null;
	}

	private void walk() {
		for (BlockText text : this.article.blocks()) {
			if (!ArticleText.isNarration(text) || this.article.isDebris(text)) {
				this.sentence++;
				continue;
			}
			this.previousSubject = null;
			for (BlockText.Range range : text.sentences()) {
				this.sentenceNumbers.put(ArticleText.position(text.block().index(), range.first()), this.sentence);
				readSentence(text, range);
				this.sentence++;
			}
		}
	}

	private void readSentence(BlockText text, BlockText.Range range) {
		int block = text.block().index();
		boolean subjectTaken = false;
		Mention sentenceSubject = null;
		this.mentionedInSentence = false;
		this.subjectSoFar = null;
		this.unnamedSubjectSoFar = false;
		int dependentEnd = dependentClauseEnd(text, range);
		for (int i = range.first(); i <= range.last(); i++) {
			Mention mention = text.isQuoted(i) ? accountAt(text, i) : mentionAt(text, i);
			if (mention == null) {
				continue;
			}
			if (mention.isNamed() && mention.entity() != null && !mention.entity().isPerson()
					&& this.words.ownedAfter(text.tokens(), mention.first())) {
				// "under its own WeChat post", "their Ascend chips": a name owned by the
				// one named before is that one's platform or product, no one to refer to
				i = mention.last();
				continue;
			}
			boolean cleft = this.words.isCleftFocus(text.tokens(), mention.first(), mention.last());
			boolean subject = isSubjectPosition(text, mention.first(), mention.last()) || (text.token(i).inverted())
					|| coordinatedWithSubject(text, mention) || passiveAgent(text, mention)
					|| speaksAfterQuotation(text, mention) || cleft;
			if (cleft) {
				// "C'est Zhao Haijun qui répond": the cleft sets the sentence's real
				// subject apart, whatever "it" / "c'" stood before it
				sentenceSubject = null;
				subjectTaken = false;
			}
			if (mention.entity() != null && !mention.entity().isPerson()
					&& this.words.roleAt(text.tokens(), mention.last() + 1) != null) {
				// "OpenAI chief executive Sam Altman": the company only qualifies the
				// role
				subject = false;
			}
			if (subject && subjectTaken && !opensClause(text, mention.first())) {
				subject = false;
			}
			boolean apposed = !subject && apposedToUnnamedSubject(text, range, mention, sentenceSubject);
			if (apposed) {
				// "Chery's chairman, Yin Tongyue, appeared", "Une autre analyste, Lu
				// Ming, doute": the name set beside an unnamed subject is who the
				// sentence is about
				subject = true;
				sentenceSubject = null;
				subjectTaken = false;
			}
			// "Alors que Khosrowshahi avait parlé de marchés, il a préféré ...": who acts
			// in the clause before the main one is the topic there, not the sentence's
			// subject
			boolean main = mention.last() >= dependentEnd;
			// "Pour Wang, le langage est ...": whose view the sentence gives weighs as
			// its subject does
			boolean viewpoint = !subject && holdsTheView(text, range, mention);
			mention = new Mention(mention.entity(), mention.form(), mention.block(), mention.first(), mention.last(),
					this.sentence, subject || viewpoint, mention.sure());
			if (subject && main && sentenceSubject == null) {
				sentenceSubject = mention;
			}
			subjectTaken |= subject && main;
			this.history.add(mention);
			this.mentionedInSentence = true;
			if (subject && main && mention.entity() != null) {
				this.subjectSoFar = mention.entity();
			}
			if (mention.entity() != null && mention.entity().isPerson()) {
				this.unnamedSubjectSoFar = false;
			}
			else if (subject && main && mention.isCrowd() && mention.entity() == null
					&& this.words.isSingularIndefinite(text.token(mention.first()).key())) {
				this.unnamedSubjectSoFar = true;
			}
			for (int t = mention.first(); t <= mention.last(); t++) {
				this.byToken.put(ArticleText.position(block, t), mention);
			}
			i = mention.last();
		}
		this.previousSubject = sentenceSubject;
	}

	/**
	 * Whether a person's name stands between commas right after the sentence's subject
	 * when that subject names nobody ("Une autre analyste, Lu Ming, ...") or after a role
	 * opening the sentence ("Chery's chairman, Yin Tongyue, ...").
	 */
	private boolean apposedToUnnamedSubject(BlockText text, BlockText.Range range, Mention mention,
			Mention sentenceSubject) {
		int comma = mention.first() - 1;
		if (mention.entity() == null || !mention.entity().isPerson() || !mention.isNamed() || comma - 1 < range.first()
				|| mention.last() + 1 > range.last() || !text.token(comma).is(",")
				|| !text.token(mention.last() + 1).is(",")) {
			return false;
		}
		if (sentenceSubject != null) {
			return complementOnly(text, sentenceSubject.last() + 1, comma) && (sentenceSubject.isCrowd()
					|| (sentenceSubject.form() == Form.ROLE && sentenceSubject.entity() == null));
		}
		for (int h = this.history.size() - 1; h >= 0 && this.history.get(h).sentence() == this.sentence
				&& this.history.get(h).block() == mention.block(); h--) {
			Mention before = this.history.get(h);
			if (before.entity() != null && before.entity().isPerson()) {
				return false;
			}
		}
		for (int k = range.first(); k < comma; k++) {
			if (this.words.isPreposition(text.token(k).key())) {
				// "In a talk with Dalong's chairman, Ren Bo, ...": not the subject
				return false;
			}
		}
		for (int k = comma - 1; k >= Math.max(range.first(), comma - 4); k--) {
			QuoteWords.RoleMatch role = this.words.roleAt(text.tokens(), k);
			if (role != null && role.last() == comma - 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The comma closing a clause that opens a sentence before its main clause ("Alors que
	 * ..., ", "While ..., "), or -1 when the sentence opens with its main clause.
	 */
	private int dependentClauseEnd(BlockText text, BlockText.Range range) {
		int first = range.first();
		while (first <= range.last() && !text.token(first).isWord()) {
			first++;
		}
		if (first > range.last() || this.words.adverbialOpenerAt(text.tokens(), first) == 0) {
			return -1;
		}
		for (int i = first; i <= range.last(); i++) {
			if (text.token(i).is(",") && !text.isQuoted(i)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * "Pour Wang, ...", "Selon elle, ...", "According to Li, ...": a name after an
	 * opening source marker and before a comma.
	 */
	private boolean holdsTheView(BlockText text, BlockText.Range range, Mention mention) {
		int marker = this.words.accordingAt(text.tokens(), range.first(), true);
		return marker > 0 && range.first() + marker == mention.first() && mention.last() + 1 <= range.last()
				&& text.token(mention.last() + 1).is(",") && mention.entity() != null && mention.entity().isPerson();
	}

	/**
	 * "Baidu's chief executive does not seem worried. In a speech, he said": a subject
	 * pronoun (or one after a source opening the sentence, "Selon lui, ...") before any
	 * other subject of its sentence goes on with the person who was the subject of the
	 * sentence before in the paragraph, when the gender agrees, however salient someone
	 * named earlier is; null otherwise.
	 */
	private Resolution previousSubjectFor(BlockText text, int i, QuoteWords.Pronoun pronoun, int block) {
		Mention before = this.previousSubject;
		BlockText.Range sentence = text.sentenceOf(i);
		// "Selon lui, ...", "According to her, ...": the source opening the sentence
		// stands where its subject would
		int marker = this.words.accordingAt(text.tokens(), sentence.first(), true);
		boolean source = marker > 0 && sentence.first() + marker == i;
		if (before == null || !pronoun.subject() && !source || pronoun.plural() || pronoun.neuter()
				|| this.subjectSoFar != null || before.block() != block || before.entity() == null
				|| !before.entity().isPerson() || !before.entity().agreesWith(pronoun.gender())) {
			return null;
		}
		return new Resolution(before.entity(), before.sure());
	}

	/**
	 * "La société est sortie de l'ombre en 2024 ... elle a levé": a gendered pronoun
	 * after a sentence whose subject is an organisation noun of that gender stands for
	 * the organisation; null otherwise.
	 */
	private Resolution organisationBefore(BlockText text, int i, QuoteWords.Pronoun pronoun) {
		Mention before = this.previousSubject;
		if (before == null || before.entity() == null || pronoun.plural() || pronoun.neuter()
				|| before.block() != text.block().index() || pronoun.gender() == Gender.UNKNOWN) {
			return null;
		}
		// "le groupe ... il", and a name its noun opens, "L'équipe Bailing ... elle"
		int noun;
		if (before.form() == Form.ORGANISATION_NOUN) {
			noun = before.last();
		}
		else if (before.form() == Form.NAME && before.entity().isOrganisation()) {
			noun = before.first();
		}
		else {
			return null;
		}
		Gender nounGender = this.words.organisationNoun(text.token(noun).key());
		boolean agrees = nounGender == pronoun.gender() || nounGender == null && before.form() == Form.NAME
		// "l'Association ... (CSIA) ... elle": the noun its long name opened with
				&& before.entity()
					.introducedNouns()
					.stream()
					.anyMatch((introduced) -> this.words.organisationNoun(introduced) == pronoun.gender());
		return agrees ? new Resolution(before.entity(), before.sure()) : null;
	}

	/**
	 * "The presentation was given by Liu Cong": the person named after the agent's
	 * preposition of a passive is who acts, and weighs as a subject does. Not "founded by
	 * X" without a form of "be": there the founder only qualifies the company.
	 */
	private boolean passiveAgent(BlockText text, Mention mention) {
		int by = mention.first() - 1;
		if (by < 2 || mention.entity() == null || !mention.entity().isPerson() || !mention.isNamed()
				|| !this.words.isAgentPreposition(text.token(by).key())) {
			return false;
		}
		for (int k = by - 2; k >= Math.max(0, by - 3); k--) {
			if (!text.token(k).isWord()) {
				return false;
			}
			if (this.words.isPassiveAuxiliary(text.token(k).key())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Zhang Yiming et Liang Rubo ont ...": the second of two coordinated subjects is a
	 * subject too.
	 */
	private boolean coordinatedWithSubject(BlockText text, Mention mention) {
		int before = mention.first() - 1;
		if (before < 1 || !this.words.isClauseOpener(text.token(before).key())
				|| this.words.isComplementizer(text.token(before).key())) {
			return false;
		}
		Mention previous = this.byToken.get(ArticleText.position(text.block().index(), before - 1));
		return previous != null && previous.subject() && previous.isNamed();
	}

	/**
	 * A reference starting at a token, resolved against what came before; null when none
	 * starts there.
	 */
	private Mention mentionAt(BlockText text, int i) {
		int block = text.block().index();
		Name name = this.cast.nameAt(block, i);
		if (name != null) {
			Mention named = nameMention(text, name);
			if (named != null) {
				return named;
			}
		}
		Token token = text.token(i);
		QuoteWords.Pronoun pronoun = this.words.pronoun(token.key());
		if (pronoun != null && isReferringPronoun(text, i, pronoun) && !this.words.impersonalAt(text.tokens(), i)) {
			if (pronoun.subject() && !pronoun.plural() && this.subjectSoFar == null && this.previousSubject != null
					&& this.previousSubject.form() == Form.ROLE && this.previousSubject.entity() == null) {
				// "Baidu's chief executive does not seem worried. In a speech, he said:":
				// the pronoun goes on with the role the text did not resolve, not with
				// whoever was named before it
				return new Mention(null, Form.PRONOUN, block, i, i, this.sentence, false, false);
			}
			if (!pronoun.plural() && !this.mentionedInSentence && this.previousSubject != null
					&& this.previousSubject.isCrowd()) {
				// "A developer in Shenzhen was careful. He told reporters:", "An engineer
				// said ... "...," he said": the first reference of the sentence after an
				// unnamed subject speaks of that person
				return new Mention(null, Form.CROWD, block, i, i, this.sentence, false, true);
			}
			if (!pronoun.plural() && !pronoun.neuter() && this.unnamedSubjectSoFar) {
				// "A user wrote that he had bought the car": the pronoun of the reported
				// clause is the unnamed subject's, not whoever was named before
				return new Mention(null, Form.CROWD, block, i, i, this.sentence, false, true);
			}
			if (!pronoun.plural() && !pronoun.neuter() && continuesUnnamed(text, pronoun)) {
				// "Un chef ... se montre réservé. Selon lui, ... « ... », a-t-il écrit":
				// the pronoun goes on with the unnamed person the last one stood for
				return new Mention(null, Form.CROWD, block, i, i, this.sentence, false, true);
			}
			Resolution resolution = organisationBefore(text, i, pronoun);
			if (resolution == null) {
				resolution = previousSubjectFor(text, i, pronoun, block);
			}
			if (resolution == null) {
				resolution = resolvePronoun(pronoun, this.sentence, block);
			}
			return new Mention((resolution != null) ? resolution.entity() : null, Form.PRONOUN, block, i, i,
					this.sentence, false, resolution != null && resolution.sure());
		}
		Mention pointed = pointerAt(text, i);
		if (pointed != null) {
			return pointed;
		}
		Mention crowd = crowdAt(text, i);
		if (crowd != null) {
			return crowd;
		}
		Mention owner = accountOwnerAt(text, i);
		if (owner == null) {
			owner = documentOwnerAt(text, i);
		}
		if (owner != null) {
			return owner;
		}
		if (this.words.isDefinite(token.key()) || token.isPossessive()) {
			return descriptionAt(text, i);
		}
		return null;
	}

	/**
	 * "Le ministère a publié ses orientations. Son texte demande d'« éviter ... »", "Its
	 * document calls for": a document after a possessive speaks for whoever the sentence
	 * before was about, the one that issued it. Null when no such document starts there.
	 */
	private Mention documentOwnerAt(BlockText text, int i) {
		if (i + 1 >= text.size() || !this.words.isPossessiveDeterminer(text.token(i).key())
				|| !this.words.isSourceDocument(text.token(i + 1).key()) || text.isQuoted(i + 1)) {
			return null;
		}
		Mention before = (this.subjectSoFar != null) ? null : this.previousSubject;
		if (before == null || before.entity() == null || before.block() != text.block().index()) {
			return null;
		}
		return new Mention(before.entity(), Form.PRONOUN, text.block().index(), i, i + 1, this.sentence, false,
				before.sure());
	}

	/**
	 * The most words between an account's noun and the link to its owner ("officiel",
	 * "Weibo").
	 */
	private static final int MAX_ACCOUNT_WORDS = 2;

	/**
	 * "Le compte officiel d'Unitree sur Weibo a publié", "the official Weibo account of
	 * Unitree posted": an account speaks for the one named as its owner, as that one.
	 * Null when no account's noun starts there.
	 */
	private Mention accountOwnerAt(BlockText text, int i) {
		if (!this.words.isDefinite(text.token(i).key())) {
			return null;
		}
		int noun = i + 1;
		while (noun < text.size() && noun <= i + 1 + MAX_ACCOUNT_WORDS && text.token(noun).isWord()
				&& !this.words.isAccountNoun(text.token(noun).key())) {
			noun++;
		}
		if (noun >= text.size() || !this.words.isAccountNoun(text.token(noun).key()) || text.isQuoted(noun)) {
			return null;
		}
		int link = noun + 1;
		while (link < text.size() && link <= noun + MAX_ACCOUNT_WORDS && text.token(link).isWord()
				&& !this.words.isRoleLink(text.token(link).key())) {
			link++;
		}
		if (link + 1 >= text.size() || !this.words.isRoleLink(text.token(link).key())) {
			return null;
		}
		Name name = this.cast.nameAt(text.block().index(), link + 1);
		Entity entity = (name != null && name.start() == link + 1) ? this.cast.fixedAt(text.block().index(), link + 1)
				: null;
		if (entity == null) {
			return null;
		}
		return new Mention(entity, Form.NAME, text.block().index(), i, name.last(), this.sentence, false, true);
	}

	/**
	 * The account a pseudonym in quotation marks names after an account's noun ("le
	 * compte « Petit Ma teste les modèles »", "the blogger "Lens Uncle"", "le compte
	 * Weibo « ... »"), as a name of someone the text tracks; null anywhere else.
	 */
	private Mention accountAt(BlockText text, int i) {
		for (BlockText.Span span : text.spans()) {
			if (span.firstToken() != i || span.close() < 0) {
				continue;
			}
			int cue = this.words.pseudonymCue(text, span);
			if (cue < 0 || !this.words.isPseudonymNoun(text.token(cue).key())) {
				return null;
			}
			Entity account = this.cast.forName(text.words(span));
			return (account != null) ? new Mention(account, Form.NAME, text.block().index(), i, span.lastToken(),
					this.sentence, false, true) : null;
		}
		return null;
	}

	/**
	 * Whether the tokens from one index to another (excluded) are at most a short
	 * complement of the subject, words only, no punctuation: "An engineer at Huawei",
	 * "une analyste télécoms d'une maison de courtage de Pékin".
	 */
	private static boolean complementOnly(BlockText text, int from, int to) {
		int words = 0;
		for (int k = from; k < to; k++) {
			Token token = text.token(k);
			if (!token.isWord() && !token.isApostrophe() || text.isQuoted(k) || ++words > MAX_SUBJECT_COMPLEMENT) {
				return false;
			}
		}
		return true;
	}

	/** The most words a complement may set between an unnamed subject and its name. */
	private static final int MAX_SUBJECT_COMPLEMENT = 10;

	/**
	 * Whether the last reference to a person in the paragraph is a pronoun of the same
	 * gender that stood for someone the text does not name.
	 */
	private boolean continuesUnnamed(BlockText text, QuoteWords.Pronoun pronoun) {
		int block = text.block().index();
		for (int k = this.history.size() - 1; k >= 0; k--) {
			Mention before = this.history.get(k);
			if (before.block() != block) {
				return false;
			}
			if (before.entity() != null && !before.entity().isPerson()) {
				continue;
			}
			if (before.entity() != null || !before.isCrowd() || before.first() != before.last()) {
				return false;
			}
			QuoteWords.Pronoun earlier = this.words.pronoun(text.token(before.first()).key());
			return earlier != null && !earlier.plural() && !earlier.neuter() && earlier.gender() == pronoun.gender();
		}
		return false;
	}

	private Mention nameMention(BlockText text, Name name) {
		int block = text.block().index();
		Entity fixed = this.cast.fixedAt(block, name.start());
		if (fixed != null && fixed.isProduct()) {
			// "Kimi can now read ...": the product says nothing, its maker is the one in
			// focus
			return new Mention(this.cast.makerOf(fixed), Form.NAME, block, name.start(), name.last(), this.sentence,
					false, true);
		}
		if (fixed != null) {
			return new Mention(fixed, Form.NAME, block, name.start(), name.last(), this.sentence, false, true);
		}
		List<String> keys = NameFinder.keys(text, name.first(), name.last());
		List<Entity> candidates = this.cast.withWords(keys);
		Gender titleGender = name.titleGender();
		candidates.removeIf((entity) -> titleGender != null && !entity.agreesWith(titleGender));
		Entity entity = null;
		boolean sure = true;
		if (candidates.size() == 1) {
			entity = candidates.get(0);
		}
		else if (candidates.size() > 1) {
			Resolution resolution = mostSalient(this.sentence, block, candidates::contains);
			entity = (resolution != null) ? resolution.entity() : candidates.get(0);
			sure = resolution != null && resolution.sure();
		}
		else if (name.titleToken() >= 0 || speaksAfter(text, name.last())) {
			// "M. Wang", "Kim said.": a person the text names by one word only
			entity = this.cast.single(NameFinder.written(text, name.first(), name.last()));
			if (titleGender != null) {
				entity.vote(titleGender, 3);
			}
		}
		if (entity == null) {
			return null;
		}
		return new Mention(entity, Form.PART_OF_NAME, block, name.start(), name.last(), this.sentence, false, sure);
	}

	/**
	 * "« ... », observe un gérant de fonds", "", wrote an analyst": who stands after the
	 * speech verb that follows a quotation is that verb's subject.
	 */
	private boolean speaksAfterQuotation(BlockText text, Mention mention) {
		int verb = mention.first() - 1;
		if (verb < 1 || !this.words.verbs().isSpeechVerbAfterQuote(text.tokens(), verb)) {
			return false;
		}
		int before = verb - 1;
		while (before > 0 && before >= verb - 2 && text.token(before).isWord()
				&& this.words.isAuxiliaryOrAdverb(text.token(before).key())) {
			before--;
		}
		if (before > 0 && text.token(before).is(",")) {
			before--;
		}
		return text.token(before).isMark() || text.isQuoted(before);
	}

	/** Whether a speech verb follows a name closely: "Kim said", "Wang a ajouté". */
	private boolean speaksAfter(BlockText text, int last) {
		for (int i = last + 1; i < text.size() && i <= last + 4; i++) {
			if (this.words.verbs().isSpeechVerb(text.tokens(), i)) {
				return true;
			}
			if (!text.token(i).isWord()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "il a dit", "a-t-elle ajouté", "selon lui", "she said": not "avec elle", "her
	 * book".
	 */
	private boolean isReferringPronoun(BlockText text, int i, QuoteWords.Pronoun pronoun) {
		Token token = text.token(i);
		if (token.inverted()) {
			return true;
		}
		if (pronoun.subject()) {
			return i == 0 || !this.words.isPreposition(text.token(i - 1).key())
					|| this.words.accordingAt(text.tokens(), Math.max(0, i - 2), false) > 0;
		}
		// a stressed or object pronoun refers to a speaker after "selon", "d'après",
		// "according to"
		for (int back = 1; back <= 2 && i - back >= 0; back++) {
			if (this.words.accordingAt(text.tokens(), i - back, true) == back) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "La première salue ...", "la seconde, plus réservée, rappelle", "the latter said":
	 * one of the last two people the text named, in the order it named them; only where
	 * the words stand alone (a comma or a verb after them, not "la première version").
	 */
	private Mention pointerAt(BlockText text, int i) {
		// "celui-ci" stands alone, "the latter" and « ce dernier » after their article
		int word = this.words.isPointerAlone(text.token(i).key()) ? i : i + 1;
		if (word + 1 >= text.size() || word > i && !this.words.isDefinite(text.token(i).key()) || text.isQuoted(word)) {
			return null;
		}
		int position = this.words.pointer(text.token(word).key());
		Token after = text.token(word + 1);
		boolean alone = after.is(",") || this.words.verbs().isSpeechVerb(text.tokens(), word + 1)
				|| this.words.isAuxiliaryOrAdverb(after.key());
		if (position == 0 || !alone) {
			return null;
		}
		if (position == QuoteWords.LAST_NAMED) {
			// « Joint par téléphone, celui-ci a détaillé », « ce dernier » : the last
			// person named, of the pointer's gender, not the paragraph's subject
			QuoteWords.Gender gender = this.words.pointerGender(text.token(word).key());
			for (int m = this.history.size() - 1; m >= 0; m--) {
				Mention before = this.history.get(m);
				Entity entity = before.entity();
				if (entity != null && entity.isPerson() && before.isNamed() && entity.agreesWith(gender)) {
					return new Mention(entity, Form.PRONOUN, text.block().index(), i, word, this.sentence, false, true);
				}
			}
			return null;
		}
		List<Entity> lastTwo = new ArrayList<>();
		for (int m = this.history.size() - 1; m >= 0 && lastTwo.size() < 2; m--) {
			Entity entity = this.history.get(m).entity();
			if (entity != null && entity.isPerson() && this.history.get(m).isNamed() && !lastTwo.contains(entity)) {
				lastTwo.add(0, entity);
			}
		}
		if (lastTwo.size() < 2) {
			return null;
		}
		return new Mention(lastTwo.get(position - 1), Form.PRONOUN, text.block().index(), i, word, this.sentence, false,
				true);
	}

	/** "un internaute", "des analystes", "netizens", "a source close to the company". */
	private Mention crowdAt(BlockText text, int i) {
		Token token = text.token(i);
		int block = text.block().index();
		if (this.words.isIndefinite(token.key())) {
			// "un investisseur", "a supplier executive", "one of the engineers": someone
			// the text does not name
			int j = i + 1;
			if (j < text.size() && this.words.isPreposition(text.token(j).key())) {
				j++;
				if (j < text.size() && this.words.isDefinite(text.token(j).key())) {
					j++;
				}
				QuoteWords.Pronoun them = (j < text.size()) ? this.words.pronoun(text.token(j).key()) : null;
				if (them != null && them.plural() && !text.isQuoted(j)) {
					// "One of them, a former teacher, said", "l'un d'eux": someone of a
					// group, whom the text does not name, not whoever was named before
					return new Mention(null, Form.CROWD, block, i, j, this.sentence, false, true);
				}
			}
			else {
				// up to three words before the noun: "un jeune investisseur", "a supplier
				// executive", "a former Honor product manager"; an organisation's name
				// may be one of them, a person's may not
				int k = j;
				while (k + 1 < text.size() && k < j + 3 && isModifierBeforeNoun(text, k)) {
					k++;
				}
				boolean reaches = k < text.size()
						&& (this.words.isCrowd(text.token(k).key()) || this.words.roleAt(text.tokens(), k) != null);
				j = reaches ? k : ((isModifierBeforeNoun(text, j) && j + 1 < text.size()) ? j + 1 : j);
			}
			if (j < text.size() && !text.isQuoted(j)) {
				if (this.words.isCrowd(text.token(j).key())) {
					Entity body = publicBodyServed(text, j);
					if (body != null) {
						return new Mention(body, Form.ORGANISATION_NOUN, block, i, j, this.sentence, false, true);
					}
					this.unnamed.add(text.token(j).key());
					return new Mention(null, Form.CROWD, block, i, j, this.sentence, false, true);
				}
				QuoteWords.RoleMatch role = this.words.roleAt(text.tokens(), j);
				if (role != null && !followedByName(text, role.last())) {
					Resolution voiced = speaksFor(text, role, (j > i + 1) ? j - 1 : -1);
					if (voiced != null) {
						// "un porte-parole de Baidu", "a Baidu spokeswoman": the
						// organisation
						// speaks through them
						return new Mention(voiced.entity(), Form.ORGANISATION_NOUN, block, i, role.last(),
								this.sentence, false, voiced.sure());
					}
					this.unnamed.add(text.token(role.last()).key());
					return new Mention(null, Form.CROWD, block, i, role.last(), this.sentence, false, true);
				}
			}
		}
		int noun = i;
		if (this.words.isIndefinite(token.key()) || this.words.isDefinite(token.key())) {
			noun = i + 1;
			// "un jeune internaute", "some Chinese users": one adjective may stand
			// between
			if (noun + 1 < text.size() && !this.words.isCrowd(text.token(noun).key())
					&& this.words.isCrowd(text.token(noun + 1).key())) {
				noun++;
			}
		}
		if (noun >= text.size() || !this.words.isCrowd(text.token(noun).key()) || text.isQuoted(noun)) {
			return null;
		}
		if (noun == i && Character.isUpperCase(token.text().charAt(0)) && !NameFinder.isSentenceStart(text, i)) {
			return null;
		}
		if (noun + 1 < text.size() && this.cast.nameAt(block, noun + 1) != null) {
			// "l'analyste Wang Lei": a role before a name, not a crowd
			return null;
		}
		if (this.words.isDefinite(token.key()) && !isPlural(text.token(noun).key())
				&& !this.unnamed.contains(text.token(noun).key())) {
			// "le porte-parole", "the spokesperson": someone the text may have named;
			// not "the former employee" after "a former employee"
			return null;
		}
		if (this.words.isIndefinite(token.key())) {
			this.unnamed.add(text.token(noun).key());
		}
		return new Mention(null, Form.CROWD, block, i, noun, this.sentence, false, true);
	}

	/**
	 * A word that may stand between an indefinite determiner and the noun of someone
	 * unnamed: not a clause opener, a preposition, a role, a crowd or a person's name.
	 */
	private boolean isModifierBeforeNoun(BlockText text, int k) {
		Token token = text.token(k);
		if (!token.isWord() || text.isQuoted(k) || this.words.isClauseOpener(token.key())
				|| this.words.isPreposition(token.key()) || this.words.roleAt(text.tokens(), k) != null
				|| this.words.isCrowd(token.key())) {
			return false;
		}
		Entity named = this.cast.fixedAt(text.block().index(), k);
		return named == null || !named.isPerson();
	}

	private static boolean isPlural(String key) {
		return key.endsWith("s") || key.endsWith("x");
	}

	/**
	 * A role or an organisation noun after a definite determiner or a possessive: "le
	 * fondateur", "le patron de Xiaomi", "the 39-year-old founder", "Baidu's chief
	 * executive", "le ministère", "the company". Not when a name follows (then it is the
	 * name's apposition).
	 */
	private Mention descriptionAt(BlockText text, int i) {
		int block = text.block().index();
		int j = i + 1;
		String owner = null;
		Mention ownerMention = (i > 0) ? this.byToken.get(ArticleText.position(block, i - 1)) : null;
		if (text.token(i).isPossessive() && ownerMention != null && ownerMention.isNamed()
				&& ownerMention.entity() != null && !ownerMention.entity().isPerson()) {
			// "Moonshot AI's founder" is held at Moonshot; "the company's founder" at no
			// organisation the text named
			owner = text.token(ownerMention.first()).key();
		}
		Name bodyName = (j < text.size()) ? this.cast.nameAt(block, j) : null;
		if (bodyName != null && bodyName.last() > j
				&& this.words.organisationNoun(text.token(bodyName.last()).key()) != null) {
			// "the Commerce Department": a body's own name, not a description of the last
			// one named
			return null;
		}
		// skip up to two modifiers: "le jeune fondateur", "the 39-year-old Moonshot
		// founder"
		for (int k = 0; k < 3 && j < text.size(); k++) {
			QuoteWords.RoleMatch here = this.words.roleAt(text.tokens(), j);
			boolean ageBeforeRole = here != null && "person".equals(here.role().meaning())
					&& this.words.roleAt(text.tokens(), here.last() + 1) != null;
			if (!ageBeforeRole && (here != null || this.words.organisationNoun(text.token(j).key()) != null)) {
				break;
			}
			if (!text.token(j).isWord() || text.isQuoted(j) || this.cast.nameAt(block, j) != null
					&& this.cast.fixedAt(block, j) != null && this.cast.fixedAt(block, j).isPerson()) {
				return null;
			}
			if (this.words.isDeterminer(text.token(j).key())) {
				// "à la sortie un ingénieur": a second determiner opens another noun
				// phrase
				return null;
			}
			j++;
		}
		if (j >= text.size()) {
			return null;
		}
		QuoteWords.RoleMatch role = this.words.roleAt(text.tokens(), j);
		if (role != null) {
			int last = role.last();
			String organisation = this.cast.organisationAfter(text, last);
			int end = last;
			while (organisation != null && end + 1 < text.size() && end + 1 <= last + 4 && !text.token(end + 1).is(",")
					&& !text.token(end + 1).endsSentence()) {
				end++;
				if (Character.isUpperCase(text.token(end).text().charAt(0))) {
					break;
				}
			}
			if (owner == null && j > i + 1 && this.cast.fixedAt(block, j - 1) != null) {
				owner = text.token(j - 1).key();
			}
			if (followedByName(text, end) || appositionAhead(text, end)) {
				return null;
			}
			if (organisation == null && last + 3 < text.size() && this.words.isRoleLink(text.token(last + 1).key())
					&& this.words.isIndefinite(text.token(last + 2).key())
					&& !this.words.isRoleLink(text.token(last + 3).key())) {
				// "le fondateur d'une jeune entreprise pékinoise", "the head of a rival
				// lab": the role of someone the text does not name ("the founder of one
				// of the six tigers" may be anyone's)
				this.unnamed.add(text.token(last).key());
				return new Mention(null, Form.CROWD, block, i, last, this.sentence, false, true);
			}
			String at = (organisation != null) ? organisation : owner;
			if (this.unnamed.contains(text.token(role.last()).key()) && mostSalient(this.sentence, Integer.MIN_VALUE,
					(entity) -> entity.isPerson() && entity.holds(role.role(), at)) == null) {
				// "an engineer at a rival start-up ... the engineer": the unnamed person
				// the text introduced, not someone it named
				return new Mention(null, Form.CROWD, block, i, end, this.sentence, false, true);
			}
			// "l'ancien chercheur de DeepMind": a role held once may be another than
			// the person's present one
			boolean timed = false;
			for (int k = i + 1; k < j; k++) {
				timed |= this.words.isRoleModifier(text.token(k).key());
			}
			Resolution resolution = resolveRole(role.role(), at, timed);
			if (resolution != null && resolution.sure()) {
				// "le fondateur de Xiaomi" read as Lei Jun: later "le patron de Xiaomi"
				// may be him too
				resolution.entity().hold(role.role().meaning(), at);
			}
			return new Mention((resolution != null) ? resolution.entity() : null, Form.ROLE, block, i, end,
					this.sentence, false, resolution != null && resolution.sure());
		}
		Gender nounGender = this.words.organisationNoun(text.token(j).key());
		if (nounGender != null && isPlural(text.token(i).key())) {
			// "les start-up", "the companies": any of them, not one the text named
			return null;
		}
		if (nounGender != null && this.cast.nameAt(block, j) != null) {
			// "le ministère chinois du Commerce": the body's own name, read as a name
			return null;
		}
		if (nounGender != null && followedByName(text, j)) {
			introduce(text, j);
			return null;
		}
		int acronym = (nounGender != null) ? acronymClosingTheName(text, j) : -1;
		if (acronym >= 0) {
			// "l'Association chinoise de l'industrie des semi-conducteurs (CSIA)": the
			// body's own name in small letters, and the acronym it goes by
			Entity named = this.cast.fixedAt(block, acronym);
			if (named != null && named.isOrganisation()) {
				named.introduce(text.token(j).key());
			}
			return null;
		}
		if (nounGender != null && ledByAPerson(text, j)) {
			// "l'équipe de Liu Zhiyuan", "the team of Liu Zhiyuan": the person's group,
			// not the last organisation named
			return null;
		}
		if (nounGender != null && capitalisedName(text, i + 1, j)) {
			// "The US Commerce Department": a body's own name, even when the text never
			// named it before, not a description of the last organisation named
			return null;
		}
		if (nounGender != null) {
			// "the Department added the company to its list": an object is not the
			// subject of its own clause
			Entity subject = isSubjectPosition(text, i, j) ? null : this.subjectSoFar;
			Resolution resolution = organisationFor(text.token(j).key(), block, subject, false);
			if (resolution != null && resolution.sure() && this.words.isPossessiveDeterminer(text.token(i).key())
					&& !this.words.isCompanyNoun(text.token(j).key())) {
				// "son laboratoire" read as Xiaohongshu: later "le laboratoire" is still
				// its own lab, not the last company named in passing ("le groupe" after
				// "le" alone, or a company's noun, may stand for another one later)
				resolution.entity().introduce(text.token(j).key());
			}
			return new Mention((resolution != null) ? resolution.entity() : null, Form.ORGANISATION_NOUN, block, i, j,
					this.sentence, false, resolution != null && resolution.sure());
		}
		return null;
	}

	/**
	 * The organisation a noun such as "the company" or "le ministère" stands for: the
	 * most salient one named with that noun or introduced by it, else the most salient
	 * organisation. When {@code exclusive}, a company's noun never stands for a public
	 * body: "un porte-parole de l'entreprise" speaks for the company, not for the
	 * ministry that regulates it. (A bare "l'entreprise" keeps any organisation:
	 * excluding bodies there cost more than it won on the held-out articles.)
	 */
	private Resolution organisationFor(String noun, int block, Entity subject, boolean exclusive) {
		// "la société", "the firm": a company, never a team named after a product
		// ("l'équipe Qwen d'Alibaba")
		boolean companyNoun = this.words.isCompanyNoun(noun);
		boolean company = exclusive && companyNoun;
		// "le régulateur", "the ministry": a public body's noun never stands for a
		// company, however salient the company is
		boolean body = this.words.isPublicBodyWord(noun);
		String nameWord = this.words.nameWordFor(noun);
		Resolution resolution = mostSalient(this.sentence, block, (entity) -> !entity.isPerson() && !entity.isProduct()
				&& entity != subject && !(companyNoun && isTeam(entity))
				&& (entity.words().contains(noun) || entity.words().contains(nameWord) || entity.introducedAs(noun))
				&& !(company && isPublicBody(entity)));
		if (resolution == null && !this.words.refersOnlyToItsName(noun)) {
			// "la société", "the company": an outlet the text cites is not the
			// company it is about; "le groupe" is never the ministry
			boolean privateBody = this.words.isPrivateBodyNoun(noun);
			resolution = mostSalient(this.sentence, block,
					(entity) -> entity.isOrganisation() && entity != subject && !(companyNoun && isTeam(entity))
							&& !((company || privateBody) && isPublicBody(entity)) && !(body && !isPublicBody(entity)));
		}
		return resolution;
	}

	/**
	 * Whether an organisation's name holds a team's noun ("équipe Qwen", "Hunyuan team").
	 */
	private boolean isTeam(Entity entity) {
		for (String word : entity.words()) {
			if (this.words.isTeamNoun(word)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word of an organisation's name makes it a public body. */
	private boolean isPublicBody(Entity entity) {
		for (String word : entity.words()) {
			if (this.words.isPublicBodyWord(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an organisation noun and a word before it are capitalised inside a
	 * sentence: "the US Commerce Department" names a body, "the Chinese company" does
	 * not.
	 */
	private static boolean capitalisedName(BlockText text, int from, int noun) {
		if (!Character.isUpperCase(text.token(noun).text().charAt(0)) || NameFinder.isSentenceStart(text, noun)) {
			return false;
		}
		for (int k = from; k < noun; k++) {
			if (Character.isUpperCase(text.token(k).text().charAt(0)) && !NameFinder.isSentenceStart(text, k)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "le cabinet TechInsights", "the chip maker, SMIC,": the organisation named right
	 * after the noun is one that the noun may later stand for alone.
	 */
	/**
	 * The most words between a body's noun and the acronym in brackets that ends its
	 * name.
	 */
	private static final int MAX_LONG_NAME_WORDS = 10;

	/**
	 * The token of the acronym in brackets that closes a body's name written out in small
	 * letters after its capitalised noun ("l'Association chinoise de l'industrie des
	 * semi-conducteurs (CSIA)", "the Alliance of Industrial Internet (AII)"), or -1: only
	 * words between them, no comma, verb or quotation.
	 */
	private int acronymClosingTheName(BlockText text, int noun) {
		Token head = text.token(noun);
		if (!head.isWord() || !Character.isUpperCase(head.text().charAt(0))) {
			return -1;
		}
		for (int k = noun + 1; k < text.size() && k <= noun + MAX_LONG_NAME_WORDS * 2; k++) {
			Token token = text.token(k);
			if (token.is("(")) {
				boolean acronym = k + 2 < text.size() && text.token(k + 2).is(")") && isAcronym(text.token(k + 1));
				return acronym ? k + 1 : -1;
			}
			if (!token.isWord() && !token.isApostrophe() && !token.is("-") || text.isQuoted(k)
					|| token.isWord() && this.words.verbs().isForm(token.key())) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean isAcronym(Token token) {
		String written = token.text();
		return token.isWord() && written.length() >= 2 && written.length() <= 8
				&& written.chars().allMatch((c) -> Character.isUpperCase(c) || Character.isDigit(c));
	}

	private void introduce(BlockText text, int noun) {
		int next = noun + 1;
		if (next < text.size() && text.token(next).is(",")) {
			next++;
		}
		Entity named = (next < text.size()) ? this.cast.fixedAt(text.block().index(), next) : null;
		if (named != null && named.isOrganisation()) {
			named.introduce(text.token(noun).key());
		}
	}

	/**
	 * "La ministre déléguée chargée de ..., Clara Chappaz,": the name after the role's
	 * complement and a comma.
	 */
	private boolean appositionAhead(BlockText text, int last) {
		for (int i = last + 1; i < text.size() && i <= last + 12; i++) {
			Token token = text.token(i);
			if (token.endsSentence() || text.isQuoted(i) || this.words.verbs().isForm(token.key())) {
				return false;
			}
			if (token.is(",")) {
				Name name = (i + 1 < text.size()) ? this.cast.nameAt(text.block().index(), i + 1) : null;
				Entity entity = (name != null) ? this.cast.fixedAt(text.block().index(), i + 1) : null;
				return name != null && (entity == null || entity.isPerson());
			}
		}
		return false;
	}

	private boolean followedByName(BlockText text, int last) {
		Name titled = this.cast.nameAt(text.block().index(), last);
		if (titled != null && titled.titleToken() == last) {
			// "le professeur Tang Jie": the role is also the title of the name after it
			return true;
		}
		int next = last + 1;
		if (next + 1 < text.size() && this.words.isRoleLink(text.token(next).key())) {
			// "le fondateur de 360, Zhou Hongyi": the organisation of the role comes
			// first
			Name organisation = this.cast.nameAt(text.block().index(), next + 1);
			if (organisation != null) {
				next = organisation.last() + 1;
			}
		}
		if (next < text.size() && text.token(next).is(",")) {
			next++;
		}
		else {
			// "the company's chief executive is still Liang Rubo": the name says who
			// holds
			// it
			while (next < text.size() && text.token(next).isWord() && this.words.isRoleCopula(text.token(next).key())) {
				next++;
			}
		}
		return next < text.size() && this.cast.nameAt(text.block().index(), next) != null;
	}

	/**
	 * Whether an organisation noun is followed by a link and a person's name: "l'équipe
	 * de Liu Zhiyuan".
	 */
	private boolean ledByAPerson(BlockText text, int noun) {
		int name = noun + 2;
		if (name >= text.size() || !this.words.isRoleLink(text.token(noun + 1).key())) {
			return false;
		}
		Entity entity = this.cast.fixedAt(text.block().index(), name);
		return entity != null && entity.isPerson();
	}

	/**
	 * The public body an unnamed official speaks for, named right after them ("an
	 * official of the Cyberspace Administration"); null for any other crowd, or when no
	 * public body is named there.
	 */
	private Entity publicBodyServed(BlockText text, int noun) {
		if (!this.words.speaksForPublicBody(text.token(noun).key())) {
			return null;
		}
		Entity owner = organisationNamedAfter(text, noun);
		return isServedPublicBody(owner) ? owner : null;
	}

	/**
	 * The organisation named right after a role or a noun ("of the ministry"), or null.
	 */
	private Entity organisationNamedAfter(BlockText text, int last) {
		String after = this.cast.organisationAfter(text, last);
		return (after != null) ? this.cast.organisationNamed(after) : null;
	}

	/** Whether an owner is a public body, which an unnamed official speaks for. */
	private boolean isServedPublicBody(Entity owner) {
		return owner != null && owner.isOrganisation() && isPublicBody(owner);
	}

	/**
	 * The organisation an unnamed spokesperson speaks for: the one named with the role
	 * ("a Baidu spokeswoman", "un porte-parole de Baidu"), else the one the text is
	 * plainly about there; null for any other role, or when no organisation stands out.
	 */
	private Resolution speaksFor(BlockText text, QuoteWords.RoleMatch role, int ownerToken) {
		boolean official = OFFICIALS.contains(role.role().meaning());
		if (!SPOKESPERSON.equals(role.role().meaning()) && !official) {
			return null;
		}
		int block = text.block().index();
		Entity owner = (ownerToken >= 0) ? this.cast.fixedAt(block, ownerToken) : null;
		if (owner == null) {
			owner = organisationNamedAfter(text, role.last());
		}
		if (official) {
			// "un responsable de la NDRC": an unnamed official speaks for a public body;
			// a company's manager is someone of their own
			return isServedPublicBody(owner) ? new Resolution(owner, true) : null;
		}
		if (owner != null && owner.isOrganisation()) {
			return new Resolution(owner, true);
		}
		String noun = organisationNounAfter(text, role.last());
		if (noun != null) {
			// "un porte-parole de l'entreprise", "a spokesperson for the company": the
			// noun says which organisation
			Resolution described = organisationFor(noun, block, null, true);
			return (described != null && described.sure()) ? described : null;
		}
		Resolution salient = mostSalient(this.sentence, block, (entity) -> entity.isOrganisation());
		return (salient != null && salient.sure()) ? salient : null;
	}

	/**
	 * The organisation noun linked to a role: "entreprise" of "porte-parole de
	 * l'entreprise", "company" of "spokesperson for the company"; null otherwise.
	 */
	private String organisationNounAfter(BlockText text, int roleLast) {
		int i = roleLast + 1;
		if (i >= text.size() || !this.words.isRoleLink(text.token(i).key())) {
			return null;
		}
		i++;
		if (i < text.size() && this.words.isDefinite(text.token(i).key())) {
			i++;
		}
		return (i < text.size() && this.words.organisationNoun(text.token(i).key()) != null) ? text.token(i).key()
				: null;
	}

	/**
	 * The person a role stands for: the most salient one holding it (at that
	 * organisation), else the most salient person.
	 */
	private Resolution resolveRole(QuoteWords.Role role, String organisation, boolean timed) {
		int block = Integer.MIN_VALUE;
		if ("interviewee".equals(role.meaning())) {
			return mostMentioned(role.gender());
		}
		Resolution holder = mostSalient(this.sentence, block,
				(entity) -> entity.isPerson() && entity.holds(role, organisation) && entity.agreesWith(role.gender()));
		if (holder != null) {
			return holder;
		}
		if (SPOKESPERSON.equals(role.meaning())) {
			// "the spokesperson" nobody was named as speaks for the organisation, not for
			// a person
			Resolution voiced = mostSalient(this.sentence, block, (entity) -> entity.isOrganisation()
					&& (organisation == null || entity.words().contains(organisation)));
			return (voiced != null && voiced.sure()) ? voiced : null;
		}
		// nobody was given the role: only the one person the text is plainly about there
		// may hold it, and not someone its own sentence has just named ("Asked about
		// Li's speech, the investor said": the investor is not Li, or the text would say
		// "he")
		Set<Entity> namedInSentence = new HashSet<>();
		for (int h = this.history.size() - 1; h >= 0 && this.history.get(h).sentence() == this.sentence; h--) {
			if (this.history.get(h).entity() != null) {
				namedInSentence.add(this.history.get(h).entity());
			}
		}
		Mention before = this.previousSubject;
		if (before != null && before.entity() != null && before.entity().isPerson() && before.isNamed()
				&& before.entity().agreesWith(role.gender()) && !namedInSentence.contains(before.entity())
				&& (timed || !heldElsewhere(before.entity(), role, organisation))) {
			// "Sundar Pichai a livré le plaidoyer le plus appuyé. Le PDG d'Alphabet a
			// annoncé": the role goes on with the person the sentence before was about
			return new Resolution(before.entity(), before.sure());
		}
		Resolution anyone = mostSalient(this.sentence, block,
				(entity) -> entity.isPerson() && entity.agreesWith(role.gender()));
		if (anyone == null || !anyone.sure() || namedInSentence.contains(anyone.entity())) {
			return null;
		}
		if (timed || !heldElsewhere(anyone.entity(), role, organisation)) {
			return anyone;
		}
		// "le directeur technique Wang Haifeng ... le patron de Baidu": the text gave the
		// salient person another function, so the role names someone else, at best the
		// person the whole article is about
		Resolution main = mostMentioned(role.gender());
		boolean fits = main != null && main.sure() && main.entity() != anyone.entity()
				&& !namedInSentence.contains(main.entity()) && !heldElsewhere(main.entity(), role, organisation);
		return fits ? new Resolution(main.entity(), false) : null;
	}

	/**
	 * Whether the text gave a person a function this role cannot name: another function
	 * ("directeur technique" is no "patron"), or one at another organisation ("Meituan
	 * co-founder" is not "Baidu's chief executive").
	 */
	private boolean heldElsewhere(Entity person, QuoteWords.Role role, String organisation) {
		for (Map.Entry<String, Set<String>> held : person.roles().entrySet()) {
			if (!this.words.sameFunction(role.meaning(), held.getKey())) {
				return true;
			}
			for (String at : held.getValue()) {
				if (organisation != null && !at.isEmpty() && !at.equals(organisation)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The people the title names. */
	public Set<Entity> namedInTitle() {
		return this.inTitle.keySet();
	}

	/** The person the whole article is about: named most often, the title counting. */
	public Resolution mostMentioned(Gender gender) {
		Map<Entity, Double> counts = new HashMap<>();
		this.inTitle.keySet().forEach((entity) -> counts.merge(entity, 2.0, Double::sum));
		for (Mention mention : this.history) {
			if (mention.entity() != null) {
				counts.merge(mention.entity(), 1.0, Double::sum);
			}
		}
		List<Map.Entry<Entity, Double>> ranked = new ArrayList<>();
		for (Map.Entry<Entity, Double> entry : counts.entrySet()) {
			if (entry.getKey().isPerson() && entry.getKey().agreesWith(gender)) {
				ranked.add(entry);
			}
		}
		ranked.sort(Map.Entry.<Entity, Double>comparingByValue(Comparator.reverseOrder())
			.thenComparing((entry) -> entry.getKey().id()));
		if (ranked.isEmpty()) {
			return null;
		}
		double second = (ranked.size() > 1) ? ranked.get(1).getValue() : 0;
		return new Resolution(ranked.get(0).getKey(), ranked.get(0).getValue() >= SURE * second);
	}

	// ---- positions
	// ------------------------------------------------------------------------------

	/**
	 * Whether a reference starting at {@code first} is the subject of its clause: it
	 * opens its sentence (after an introductory phrase and its comma), follows a clause
	 * opener ("et", "that", "mais"), and is not followed by a possessive.
	 */
	boolean isSubjectPosition(BlockText text, int first, int last) {
		if (last + 1 < text.size() && text.token(last + 1).isPossessive()) {
			return false;
		}
		int before = startOfNounPhrase(text, first) - 1;
		if (before < 0 || text.sentenceOf(first).first() > before) {
			return true;
		}
		Token token = text.token(before);
		if (token.is(",") && before > 0 && this.cast.nameAt(text.block().index(), before - 1) == null
				&& endsAName(text, before - 1)) {
			// "Avec Galaxy Motion, Deep Robotics et ...": a list, not a new subject
			return false;
		}
		boolean opens = token.is(",") || token.is(":") || token.is(";") || token.is("(") || token.isMark()
				|| this.words.isClauseOpener(token.key()) && !this.words.isPreposition(token.key());
		// "... avec Zhang Xiangyu, devenu directeur, et Zhu Yibo.": the last of a list,
		// no verb after it
		return opens && !endsItsSentence(text, last);
	}

	private static boolean endsItsSentence(BlockText text, int last) {
		int next = last + 1;
		while (next < text.size() && (text.token(next).is(")") || text.token(next).isMark())) {
			next++;
		}
		return next >= text.size() || text.token(next).endsSentence();
	}

	/** The first token of the name ending at a token, or the token itself. */
	private int startOfNameEndingAt(BlockText text, int index) {
		for (int i = index; i >= Math.max(0, index - 5); i--) {
			Name name = this.cast.nameAt(text.block().index(), i);
			if (name != null && name.last() == index) {
				return i;
			}
		}
		return index;
	}

	/** Whether a name of the cast ends at a token. */
	private boolean endsAName(BlockText text, int index) {
		for (int i = index; i >= Math.max(0, index - 5); i--) {
			Name name = this.cast.nameAt(text.block().index(), i);
			if (name != null) {
				return name.last() == index;
			}
		}
		return false;
	}

	/**
	 * Where the noun phrase of a reference starts: its determiner, and a role before a
	 * name.
	 */
	private int startOfNounPhrase(BlockText text, int first) {
		int start = first;
		Entity named = this.cast.fixedAt(text.block().index(), first);
		boolean organisation = named != null && !named.isPerson();
		if (text.token(first).isPossessive() && first > 0) {
			// "Tencent's chief executive": the owner opens the phrase
			start = startOfNameEndingAt(text, first - 1);
		}
		QuoteWords.RoleMatch role = organisation ? null : this.cast.roleBefore(text, first);
		if (role != null) {
			start = role.first();
			if (start > 0 && this.cast.fixedAt(text.block().index(), startOfNameEndingAt(text, start - 1)) != null) {
				start = startOfNameEndingAt(text, start - 1);
			}
		}
		while (start - 1 >= 0 && isSkippableBeforeSubject(text, start - 1)) {
			start--;
		}
		return start;
	}

	private boolean opensClause(BlockText text, int first) {
		int before = startOfNounPhrase(text, first) - 1;
		return before >= 0 && (this.words.isClauseOpener(text.token(before).key()) || text.token(before).is(",")
				|| text.token(before).is(";") || text.token(before).is(":"));
	}

	private boolean isSkippableBeforeSubject(BlockText text, int i) {
		Token token = text.token(i);
		String key = token.key();
		return token.isWord() && (this.words.isDefinite(key) || this.words.isTitle(key) || this.words.role(key) != null
				|| this.words.isRoleModifier(key) || isNationalityAfterArticle(text, i)
				|| elidedBeforeIndefinite(text, i));
	}

	/**
	 * "D'autres développeurs ont jugé ...": the elided word before an indefinite opens
	 * the same noun phrase.
	 */
	private boolean elidedBeforeIndefinite(BlockText text, int i) {
		return text.token(i).key().endsWith("'") && i + 1 < text.size()
				&& this.words.isIndefinite(text.token(i + 1).key());
	}

	/**
	 * "The US Department of Defense", "the Chinese ministry": a capitalised word that is
	 * no name, between an article and the name, belongs to the name's noun phrase.
	 */
	private boolean isNationalityAfterArticle(BlockText text, int i) {
		Token token = text.token(i);
		return i > 0 && Character.isUpperCase(token.text().charAt(0)) && this.words.isNotName(token.key())
				&& !this.words.isDefinite(token.key()) && this.words.isDefinite(text.token(i - 1).key())
				&& this.cast.nameAt(text.block().index(), i + 1) != null;
	}

}
