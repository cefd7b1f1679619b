package dev.aiwire.quote.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiwire.quote.reading.QuoteWords.Gender;

/**
 * Someone an article talks about: a person or an organisation, named in the longest form
 * the article uses ("Jensen Huang", "Administration du cyberespace de Chine"), with what
 * the article tells of them: their gender, the roles they hold and where ("founder" of
 * "deepseek").
 */
public final class Entity {

	/**
	 * A person speaks for themselves; an organisation through a statement or a
	 * spokesperson.
	 */
	public enum Kind {

		PERSON, ORGANISATION,

		/**
		 * An outlet: it reports what others say ("told Reuters", "selon 36Kr"), and is
		 * never "the company" nor "it".
		 */
		MEDIA,

		/**
		 * A product: a model, an app, a chatbot ("Kimi", "GPT-4 Turbo", "App Store"). It
		 * says nothing itself; the company that makes it is the one in focus when the
		 * text speaks of the product.
		 */
		PRODUCT

	}

	private final int id;

	private final Kind kind;

	private String name;

	private final Set<String> words = new LinkedHashSet<>();

	private final Set<String> aliases = new LinkedHashSet<>();

	private final Set<String> nouns = new LinkedHashSet<>();

	private int genderVotes;

	private final Map<String, Set<String>> roles = new HashMap<>();

	private final List<String> roleOrder = new ArrayList<>();

	Entity(int id, Kind kind, String name, List<String> words) {
		this.id = id;
		this.kind = kind;
		this.name = name;
		this.words.addAll(words);
	}

	public int id() {
		return this.id;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean isPerson() {
		return this.kind == Kind.PERSON;
	}

	/** Whether it is an outlet that reports what others say. */
	public boolean isMedia() {
		return this.kind == Kind.MEDIA;
	}

	/** Whether it is a product, which is never a speaker. */
	public boolean isProduct() {
		return this.kind == Kind.PRODUCT;
	}

	/**
	 * Whether it is an organisation that speaks for itself ("the company said", "le
	 * groupe a indiqué"): neither a person, an outlet nor a product.
	 */
	public boolean isOrganisation() {
		return this.kind == Kind.ORGANISATION;
	}

	/** The longest form of the name the article uses. */
	public String name() {
		return this.name;
	}

	/** The folded words of its names ("jensen", "huang"). */
	public Set<String> words() {
		return this.words;
	}

	/**
	 * Other names the article gives it: an acronym ("CAC"), a name in another script or
	 * order.
	 */
	public Set<String> aliases() {
		return this.aliases;
	}

	/**
	 * The gender the article shows, from titles, role words and the pronouns that follow
	 * it.
	 */
	public Gender gender() {
		return (this.genderVotes > 0) ? Gender.MALE : (this.genderVotes < 0) ? Gender.FEMALE : Gender.UNKNOWN;
	}

	/** Whether a pronoun or a role word of this gender can stand for it. */
	public boolean agreesWith(Gender wanted) {
		Gender known = gender();
		return wanted == Gender.UNKNOWN || known == Gender.UNKNOWN || known == wanted;
	}

	/**
	 * The roles the article gives it ("ceo", "founder"), each with the organisations it
	 * holds it at.
	 */
	public Map<String, Set<String>> roles() {
		return this.roles;
	}

	/**
	 * Whether it holds a role this word may name (at this organisation, when one is
	 * given).
	 */
	public boolean holds(dev.aiwire.quote.reading.QuoteWords.Role role, String organisation) {
		for (Map.Entry<String, Set<String>> held : this.roles.entrySet()) {
			if (role.fits(held.getKey())
					&& (organisation == null || held.getValue().contains(organisation) || held.getValue().isEmpty())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the article introduced it with this organisation noun ("le cabinet
	 * TechInsights", "the chip maker SMIC"), so that "le cabinet" later stands for it.
	 */
	public boolean introducedAs(String noun) {
		return this.nouns.contains(noun);
	}

	/** The organisation nouns the article introduced it with. */
	Set<String> introducedNouns() {
		return Collections.unmodifiableSet(this.nouns);
	}

	void introduce(String noun) {
		this.nouns.add(noun);
	}

	void rename(String longer, List<String> longerWords) {
		this.name = longer;
		this.words.addAll(longerWords);
	}

	void addAlias(String alias) {
		this.aliases.add(alias);
	}

	void vote(Gender gender, int weight) {
		if (gender == Gender.MALE) {
			this.genderVotes += weight;
		}
		else if (gender == Gender.FEMALE) {
			this.genderVotes -= weight;
		}
	}

	void hold(String meaning, String organisation) {
		Set<String> at = this.roles.computeIfAbsent(meaning, (key) -> {
			this.roleOrder.add(key);
			return new LinkedHashSet<>();
		});
		if (organisation != null) {
			at.add(organisation);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
