package dev.aiwire.quote.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aiwire.language.Languages;
import dev.aiwire.language.Words;
import dev.aiwire.quote.people.NameFinder.Name;
import dev.aiwire.quote.people.NameFinder.Sort;
import dev.aiwire.quote.reading.ArticleText;
import dev.aiwire.quote.reading.BlockText;
import dev.aiwire.quote.reading.QuoteWords;
import dev.aiwire.quote.reading.QuoteWords.Gender;
import dev.aiwire.quote.reading.Token;

/**
 * The people and organisations of one article, gathered before the article is read in
 * order: each full name the article writes ("Jensen Huang") is one person, named in the
 * longest form the article uses; a surname or a first name alone ("Huang", "M. Huang") is
 * one of the people whose name holds it, which one being decided where it stands
 * ({@link Discourse}); an organisation is a known company, a capitalised name with an
 * organisation word ("Moonshot AI"), an acronym ("CNIL") or a name after an organisation
 * noun ("la start-up StepFun"). Roles given beside a name ("Liang Wenfeng, fondateur de
 * DeepSeek", "Commerce Secretary Howard Lutnick") and titles ("Mme", "Mr") are noted with
 * the person.
 */
public final class Cast {

	private final QuoteWords words;

	private final NameFinder finder;

	private final Map<String, Entity> byKey = new LinkedHashMap<>();

	private final Map<Long, Name> namesAt = new HashMap<>();

	private final Map<Long, Entity> fixedAt = new HashMap<>();

	private int nextId;

	private Cast(QuoteWords words) {
		this.words = words;
		this.finder = new NameFinder(words);
	}

	/**
	 * Gathers the people and organisations of an article, with their roles and genders.
	 */
	public static Cast of(ArticleText article) {
		Cast cast = new Cast(article.words());
		List<BlockText> read = new ArrayList<>();
		for (BlockText text : article.blocks()) {
			if (ArticleText.isNarration(text) && !article.isDebris(text)) {
				read.add(text);
				cast.collect(text, true);
			}
		}
		if (article.title() != null) {
			// a title's capitals are often only typography: it names only people the body
			// names
			cast.collect(article.title(), false);
			read.add(article.title());
		}
		for (BlockText text : read) {
			cast.noteRolesAndTitles(text);
		}
		return cast;
	}

	/** Every entity, in the order the article first names them. */
	public Collection<Entity> entities() {
		return this.byKey.values();
	}

	/** The name written at a token (the title included), or null. */
	Name nameAt(int block, int token) {
		return this.namesAt.get(ArticleText.position(block, token));
	}

	/**
	 * The entity a full name or an organisation at a token stands for, when only one can
	 * be meant.
	 */
	Entity fixedAt(int block, int token) {
		return this.fixedAt.get(ArticleText.position(block, token));
	}

	/**
	 * The people whose name holds all these words (folded) in order: "huang" gives Jensen
	 * Huang, "wang" gives every Wang of the article.
	 */
	public List<Entity> withWords(List<String> keys) {
		List<Entity> found = new ArrayList<>();
		for (Entity entity : this.byKey.values()) {
			if (entity.words().containsAll(keys) || entity.aliases().contains(String.join(" ", keys))) {
				found.add(entity);
			}
		}
		return found;
	}

	/**
	 * The entity of a name as an editor or a label writes it ("Liang Wenfeng", "Huang"),
	 * made if new.
	 */
	public Entity forName(String written) {
		List<String> keys = keysOf(written);
		if (keys.isEmpty()) {
			return null;
		}
		List<Entity> known = withWords(keys);
		if (!known.isEmpty()) {
			return known.get(known.size() - 1);
		}
		boolean organisation = keys.stream().anyMatch(this.words::isOrganisationWord)
				|| this.words.isKnownOrganisation(String.join(" ", keys));
		return add(organisation ? Entity.Kind.ORGANISATION : Entity.Kind.PERSON, written.strip(), keys);
	}

	/**
	 * Every person whose name holds the words written: "Pan" for both Pan Yue and Pan
	 * Lei.
	 */
	public List<Entity> peopleNamed(String written) {
		List<String> keys = keysOf(written);
		return keys.isEmpty() ? List.of() : withWords(keys).stream().filter(Entity::isPerson).toList();
	}

	private List<String> keysOf(String written) {
		List<String> keys = new ArrayList<>();
		for (String word : Words.fold(written).split("[\\s]+")) {
			if (!word.isEmpty() && !this.words.isTitle(word)) {
				keys.add(word);
			}
		}
		return keys;
	}

	/**
	 * A person named by one word only, when the text shows them to be one ("Kim said.").
	 */
	Entity single(String written) {
		List<String> keys = List.of(Words.fold(written));
		List<Entity> known = withWords(keys);
		return known.isEmpty() ? add(Entity.Kind.PERSON, written, keys) : known.get(known.size() - 1);
	}

	private void collect(BlockText text, boolean mayAdd) {
		int block = text.block().index();
		List<Name> names = listedWithOrganisations(text, this.finder.names(text));
		Name previous = null;
		for (Name name : names) {
			String written = NameFinder.written(text, name.first(), name.last());
			List<String> keys = NameFinder.keys(text, name.first(), name.last());
			Name owner = previous;
			previous = name;
			Entity aliased = (name.sort() == Sort.PERSON) ? aliasOf(text, owner, name) : null;
			if (mayAdd && name.sort() == Sort.ORGANISATION && ownedBy(text, owner, name)) {
				// "ByteDance's Seed": the unit is named in full with its owner, and its
				// own
				// name alone still stands for it
				Entity unit = organisation(NameFinder.written(text, owner.first(), owner.last()) + " " + written,
						concat(NameFinder.keys(text, owner.first(), owner.last()), keys));
				unit.addAlias(String.join(" ", keys));
				this.namesAt.put(ArticleText.position(block, name.start()), name);
				this.fixedAt.put(ArticleText.position(block, name.start()), unit);
				continue;
			}
			this.namesAt.put(ArticleText.position(block, name.start()), name);
			Entity entity = null;
			if (!mayAdd) {
				List<Entity> known = withWords(keys);
				entity = (known.size() == 1 && name.sort() != Sort.UNKNOWN) ? known.get(0) : null;
			}
			else if (name.sort() == Sort.ORGANISATION) {
				entity = organisation(written, keys);
			}
			else if (name.sort() == Sort.PERSON && (afterProductNoun(text, name) || beforeModelNumber(text, name))) {
				// "puces Orin-X", "la RTX Pro 6000D": a thing's name, never a speaker
				Entity known = this.byKey.get(String.join(" ", keys));
				entity = (known != null) ? known : add(Entity.Kind.PRODUCT, written, keys);
			}
			else if (aliased != null) {
				// "Lin Junyang, que l'on connaît sous le nom de Justin Lin": one person
				entity = aliased;
				entity.words().addAll(keys);
				entity.addAlias(String.join(" ", keys));
				this.byKey.putIfAbsent(String.join(" ", keys), entity);
			}
			else if (name.sort() == Sort.PERSON) {
				entity = person(written, keys, name.titleGender());
			}
			if (entity != null) {
				this.fixedAt.put(ArticleText.position(block, name.start()), entity);
				if (name.titleGender() != null) {
					entity.vote(name.titleGender(), 3);
				}
				noteAcronym(text, name, entity);
				noteBracketedName(text, name, entity);
			}
		}
	}

	/** Whether a noun of a thing a company makes stands right before a name. */
	private boolean afterProductNoun(BlockText text, Name name) {
		int before = name.first() - 1;
		return before >= 0 && text.token(before).isWord() && this.words.isProductNoun(text.token(before).key());
	}

	/**
	 * Whether a model number follows a name right away ("RTX Pro 6000D", "Kunlun P800",
	 * "Wan 2.2"): digits with letters or a decimal point, which a person's name never
	 * carries; a bare whole number ("Li 2024" in a heading) is left alone.
	 */
	private boolean beforeModelNumber(BlockText text, Name name) {
		int after = name.last() + 1;
		if (after >= text.size() || text.isQuoted(after)) {
			return false;
		}
		String next = text.token(after).text();
		boolean digit = false;
		boolean mark = false;
		for (int c = 0; c < next.length(); c++) {
			char ch = next.charAt(c);
			digit |= Character.isDigit(ch);
			mark |= Character.isLetter(ch) || ch == '.';
		}
		return digit && mark && Character.isLetterOrDigit(next.charAt(0))
				&& Character.isLetterOrDigit(next.charAt(next.length() - 1));
	}

	/**
	 * "Avec Galaxy Motion, Deep Robotics et Unitree": a name listed beside organisations
	 * is one too, when nothing marks it as a person (a title).
	 */
	private List<Name> listedWithOrganisations(BlockText text, List<Name> names) {
		List<Name> sorted = new ArrayList<>(names);
		for (int n = 0; n < sorted.size(); n++) {
			Name name = sorted.get(n);
			if (name.sort() == Sort.ORGANISATION || name.titleToken() >= 0) {
				continue;
			}
			// only an organisation after it: a name after "360, " is rather an apposition
			// to a role
			boolean beside = n + 1 < sorted.size() && sorted.get(n + 1).sort() == Sort.ORGANISATION
					&& listed(text, name.last(), sorted.get(n + 1).start()) && !qualifiesARole(text, sorted.get(n + 1));
			if (beside) {
				sorted.set(n, new Name(name.first(), name.last(), -1, null, Sort.ORGANISATION));
			}
		}
		return sorted;
	}

	/**
	 * "Tencent's chief executive", "Nvidia CEO": an organisation that only says where a
	 * role is held.
	 */
	private boolean qualifiesARole(BlockText text, Name organisation) {
		int next = organisation.last() + 1;
		if (next < text.size() && text.token(next).isPossessive()) {
			next++;
		}
		return next < text.size() && this.words.roleAt(text.tokens(), next) != null;
	}

	/**
	 * Whether an organisation's name stands just before another's with a possessive
	 * between: "ByteDance's Seed".
	 */
	private boolean ownedBy(BlockText text, Name owner, Name name) {
		return owner != null && owner.sort() == Sort.ORGANISATION && owner.last() + 2 == name.first()
				&& text.token(owner.last() + 1).isPossessive();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/** Whether only a comma or a coordinating word stands between two names. */
	private boolean listed(BlockText text, int last, int start) {
		if (start - last != 2) {
			return false;
		}
		Token between = text.token(last + 1);
		return between.is(",") || between.isWord() && this.words.isClauseOpener(between.key())
				&& !this.words.isComplementizer(between.key());
	}

	private Entity organisation(String written, List<String> keys) {
		String key = String.join(" ", keys);
		for (Entity entity : this.byKey.values()) {
			if (entity.aliases().contains(key)) {
				return entity;
			}
		}
		Entity known = this.byKey.get(key);
		if (known != null) {
			return known;
		}
		Entity same = sameCompany(keys);
		if (same != null) {
			// "Lenovo Group" and "Lenovo": one company, named in the fuller form
			if (keys.size() > same.words().size()) {
				same.rename(written, keys);
			}
			this.byKey.put(key, same);
			return same;
		}
		return add(Entity.Kind.ORGANISATION, written, keys);
	}

	/**
	 * The organisation already named whose name is this one with or without a corporate
	 * suffix ({@code language/company-suffixes.txt}): "Lenovo" for "Lenovo Group",
	 * "Moonshot AI" for "Moonshot"; null when none, or when the name is only a suffix.
	 */
	private Entity sameCompany(List<String> keys) {
		List<String> core = withoutSuffixes(keys);
		if (core.isEmpty()) {
			return null;
		}
		for (Entity entity : this.byKey.values()) {
			if (entity.isOrganisation() && !entity.words().isEmpty()
					&& core.equals(withoutSuffixes(new ArrayList<>(entity.words())))) {
				return entity;
			}
		}
		return null;
	}

	private static List<String> withoutSuffixes(List<String> keys) {
		int end = keys.size();
		while (end > 0 && Languages.common("company-suffixes").contains(keys.get(end - 1))) {
			end--;
		}
		return keys.subList(0, end);
	}

	private Entity person(String written, List<String> keys, Gender titleGender) {
		String key = String.join(" ", keys);
		Entity same = this.byKey.get(key);
		if (same != null) {
			return same;
		}
		List<Entity> holders = new ArrayList<>();
		for (Entity entity : this.byKey.values()) {
			if (entity.isPerson() && entity.words().containsAll(keys) && !holders.contains(entity)
					&& (titleGender == null || entity.agreesWith(titleGender))) {
				holders.add(entity);
			}
		}
		if (holders.size() > 1 && keys.size() == 1) {
			// "Mr Wang" after Wang Jing and Wang Lei: the discourse says which one
			return null;
		}
		for (Entity entity : this.byKey.values()) {
			if (!entity.isPerson()) {
				continue;
			}
			if (entity.words().containsAll(keys) && (titleGender == null || entity.agreesWith(titleGender))) {
				// "Robin Li" after "Robin Li Yanhong": the longer name already holds it
				return entity;
			}
			if (keys.containsAll(entity.words()) && entity.words().size() >= 2) {
				entity.rename(written, keys);
				this.byKey.put(key, entity);
				return entity;
			}
		}
		return add(Entity.Kind.PERSON, written, keys);
	}

	private Entity add(Entity.Kind kind, String written, List<String> keys) {
		if (kind == Entity.Kind.ORGANISATION && this.words.isMedia(String.join(" ", keys))) {
			kind = Entity.Kind.MEDIA;
		}
		else if (this.words.isProduct(keys)) {
			kind = Entity.Kind.PRODUCT;
		}
		Entity entity = new Entity(this.nextId++, kind, written, keys);
		if (kind == Entity.Kind.PERSON && keys.size() >= 2) {
			// "Lisa Su", "Jensen Huang": a given name that tells the gender
			Languages.common("given-names")
				.find(written.strip().split("\\s+")[0])
				.ifPresent((name) -> entity.vote(QuoteWords.Gender.of(name.attribute("gender")), 2));
		}
		this.byKey.put(String.join(" ", keys), entity);
		return entity;
	}

	/**
	 * "l'Administration du cyberespace de Chine (CAC)": the acronym in brackets names it
	 * too.
	 */
	private void noteAcronym(BlockText text, Name name, Entity entity) {
		int open = name.last() + 1;
		if (open + 2 < text.size() && text.token(open).is("(") && text.token(open + 2).is(")")
				&& NameFinder.isAcronym(text.token(open + 1).text())) {
			entity.addAlias(text.token(open + 1).key());
		}
	}

	/** The most words between a name and the alias cue of its second name. */
	private static final int MAX_WORDS_BEFORE_ALIAS = 14;

	/**
	 * The person a name is a second name of: the person named just before it in the same
	 * sentence when an alias cue stands right before it ("Li Yanhong, better known as
	 * Robin Li"); null otherwise.
	 */
	private Entity aliasOf(BlockText text, Name previous, Name name) {
		if (previous == null || !this.words.endsAliasCue(text, name.first())) {
			return null;
		}
		Entity before = this.fixedAt.get(ArticleText.position(text.block().index(), previous.start()));
		if (before == null || !before.isPerson() || name.first() - previous.last() > MAX_WORDS_BEFORE_ALIAS + 1) {
			return null;
		}
		for (int i = previous.last() + 1; i < name.first(); i++) {
			if (text.token(i).is(".") || text.token(i).is("?") || text.token(i).is("!")) {
				return null;
			}
		}
		return before;
	}

	/**
	 * "Eddie Wu (Wu Yongming)", "Robin Li (Li Yanhong)": the name in brackets is the same
	 * person's; "ModelBest (Mianbi Zhineng en chinois)": with the language it is given
	 * in, an organisation's too.
	 */
	private void noteBracketedName(BlockText text, Name name, Entity entity) {
		NameFinder.Bracketed bracketed = this.finder.bracketedAfter(text, name.last());
		if (bracketed == null || bracketed.last() == bracketed.first()
				|| !entity.isPerson() && !bracketed.languageTold()) {
			return;
		}
		List<String> keys = NameFinder.keys(text, bracketed.first(), bracketed.last());
		entity.words().addAll(keys);
		entity.addAlias(String.join(" ", keys));
		this.byKey.putIfAbsent(String.join(" ", keys), entity);
	}

	/**
	 * Roles and genders told beside a name: a role phrase just before it ("le fondateur
	 * de DeepSeek, Liang Wenfeng", "Commerce Secretary Howard Lutnick") or after a comma
	 * ("Xue Lan, doyen de l'Institut...").
	 */
	private void noteRolesAndTitles(BlockText text) {
		if (!ArticleText.isNarration(text) && text.block().index() >= 0) {
			return;
		}
		int block = text.block().index();
		for (int i = 0; i < text.size(); i++) {
			Entity entity = this.fixedAt.get(ArticleText.position(block, i));
			Name name = this.namesAt.get(ArticleText.position(block, i));
			if (entity == null || name == null || !entity.isPerson()) {
				continue;
			}
			QuoteWords.RoleMatch before = roleBefore(text, name.start());
			if (before != null) {
				hold(entity, text, before);
			}
			QuoteWords.RoleMatch after = roleAfter(text, name.last());
			if (after != null) {
				hold(entity, text, after);
			}
			String founded = founded(text, name);
			if (founded != null) {
				// "présidé par Xi Jinping": president of something unnamed, so not "le
				// patron d'Unitree"
				entity.hold(founded, "founder".equals(founded) ? null : "");
			}
		}
	}

	/**
	 * The role a verb of founding or heading gives a name: "fondé en 2011 par Yin Qi",
	 * "Liang Wenfeng a fondé DeepSeek", "présidé par Xi Jinping"; null when no such verb
	 * stands by it.
	 */
	private String founded(BlockText text, Name name) {
		int before = name.start() - 1;
		if (before >= 1 && this.words.isAgentPreposition(text.token(before).key())) {
			for (int i = before - 1; i >= Math.max(0, before - 4); i--) {
				if (this.words.isFoundingVerb(text.token(i).key())) {
					return this.words.foundingRole(text.token(i).key());
				}
				if (!text.token(i).isWord()) {
					break;
				}
			}
		}
		for (int i = name.last() + 1; i < text.size() && i <= name.last() + 3; i++) {
			Token token = text.token(i);
			if (this.words.isFoundingVerb(token.key())) {
				return this.words.foundingRole(token.key());
			}
			if (!token.isWord() || !this.words.isAdverb(token.key()) && this.words.pronoun(token.key()) == null
					&& !isAuxiliary(token.key())) {
				return null;
			}
		}
		return null;
	}

	private boolean isAuxiliary(String key) {
		return this.words.language()
			.words("auxiliaries")
			.find(key)
			.map((entry) -> "auxiliary".equals(entry.attribute("kind")))
			.orElse(false);
	}

	private void hold(Entity entity, BlockText text, QuoteWords.RoleMatch role) {
		String organisation = organisationAfter(text, role.last());
		entity.hold(role.role().meaning(), (organisation != null) ? organisation : organisationBefore(text, role));
		entity.vote(role.role().gender(), 1);
		if (role.role().gender() == Gender.UNKNOWN && role.first() > 0) {
			// "la PDG d'AMD", "le PDG de Nvidia": the article tells the gender the noun
			// does not
			String article = text.token(role.first() - 1).key();
			entity.vote("la".equals(article) ? Gender.FEMALE : "le".equals(article) ? Gender.MALE : Gender.UNKNOWN, 1);
		}
	}

	/**
	 * A role phrase ending just before a name, an organisation and a comma allowed
	 * between.
	 */
	QuoteWords.RoleMatch roleBefore(BlockText text, int start) {
		int limit = Math.max(0, start - 8);
		for (int i = start - 1; i >= limit; i--) {
			Token token = text.token(i);
			if (token.endsSentence() || token.is(":") || token.is(";") || text.isQuoted(i)) {
				return null;
			}
			QuoteWords.RoleMatch role = this.words.roleAt(text.tokens(), i);
			for (int k = i - 1; role != null && k >= Math.max(0, i - 3); k--) {
				// "le Premier ministre Li Qiang": the longer role ending there, not
				// "ministre" alone
				QuoteWords.RoleMatch longer = this.words.roleAt(text.tokens(), k);
				if (longer != null && longer.last() >= role.last() && longer.last() < start) {
					role = longer;
				}
			}
			if (role != null && role.last() < start) {
				int gap = start - role.last() - 1;
				boolean adjacent = gap == 0 || (gap == 1 && text.token(start - 1).is(","));
				int organisation = organisationEnd(text, role.last());
				boolean throughOrganisation = organisation > role.last()
						&& (organisation == start - 1 || (organisation == start - 2 && text.token(start - 1).is(",")));
				boolean complement = gap >= 2 && gap <= 12 && this.words.isRoleLink(text.token(role.last() + 1).key());
				boolean throughComplement = complement && text.token(start - 1).is(",")
						&& noCommaBetween(text, role.last() + 1, start - 2)
						&& role.first() == sentenceStartOrAfterComma(text, role.first())
						|| complement && gap <= 5 && noCommaBetween(text, role.last() + 1, start - 1);
				return (adjacent || throughOrganisation || throughComplement || throughCopula(text, role, start)) ? role
						: null;
			}
		}
		return null;
	}

	/**
	 * "the company's chief executive is still Liang Rubo", "le PDG de Xiaomi reste Lei
	 * Jun": only words saying who holds the role stand between it (and its organisation)
	 * and the name.
	 */
	private boolean throughCopula(BlockText text, QuoteWords.RoleMatch role, int start) {
		int from = organisationEnd(text, role.last()) + 1;
		if (from >= start) {
			return false;
		}
		for (int i = from; i < start; i++) {
			if (!text.token(i).isWord() || !this.words.isRoleCopula(text.token(i).key())) {
				return false;
			}
		}
		return true;
	}

	private static boolean noCommaBetween(BlockText text, int from, int to) {
		for (int i = from; i <= to; i++) {
			if (text.token(i).is(",") || text.token(i).endsSentence()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The role's first token when only a determiner stands between it and the start of
	 * its clause ("La ministre déléguée chargée de ..., Clara Chappaz"), else -1.
	 */
	private int sentenceStartOrAfterComma(BlockText text, int roleFirst) {
		int i = roleFirst - 1;
		if (i >= 0 && this.words.isDefinite(text.token(i).key())) {
			i--;
		}
		return (i < 0 || text.token(i).is(",") || text.token(i).endsSentence()) ? roleFirst : -1;
	}

	/**
	 * A role phrase right after a name and a comma: "Xue Lan, doyen de ...", "Tan Dai,
	 * the president of".
	 */
	QuoteWords.RoleMatch roleAfter(BlockText text, int last) {
		int i = last + 1;
		if (i >= text.size() || !text.token(i).is(",")) {
			return null;
		}
		i++;
		if (i + 1 < text.size() && text.token(i + 1).isPossessive()) {
			i += 2;
		}
		for (int k = 0; k < 3 && i < text.size(); k++, i++) {
			QuoteWords.RoleMatch role = this.words.roleAt(text.tokens(), i);
			if (role != null) {
				return role;
			}
			String key = text.token(i).key();
			boolean skippable = this.words.isDeterminer(key) || this.words.isRoleModifier(key);
			if (!skippable) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The last token of "de Nvidia", "of the Commerce Department" after a role, or the
	 * role's own last token.
	 */
	private int organisationEnd(BlockText text, int roleLast) {
		int i = roleLast + 1;
		if (i < text.size() && this.words.isRoleLink(text.token(i).key())) {
			i++;
			if (i < text.size() && this.words.isDefinite(text.token(i).key())) {
				i++;
			}
			int end = -1;
			while (i < text.size() && text.token(i).isWord() && (Character.isUpperCase(text.token(i).text().charAt(0))
					|| NameFinder.isAcronym(text.token(i).text()))) {
				end = i;
				i++;
			}
			return (end >= 0) ? end : roleLast;
		}
		return roleLast;
	}

	/**
	 * The folded first word of the organisation a role is held at ("nvidia" of "PDG de
	 * Nvidia"), or null.
	 */
	/** The organisation a folded word of its name stands for, or null. */
	Entity organisationNamed(String key) {
		for (Entity entity : this.byKey.values()) {
			if (!entity.isPerson() && (entity.words().contains(key) || entity.aliases().contains(key))) {
				return entity;
			}
		}
		return null;
	}

	/**
	 * The company that makes a product, when the article names it ("Moonshot" for
	 * "Kimi"), else null: a product is never a speaker.
	 */
	public Entity makerOf(Entity product) {
		String maker = this.words.maker(product.name());
		if (maker == null) {
			return null;
		}
		Entity entity = organisationNamed(Words.fold(maker).split("\\s+")[0]);
		return (entity != null && entity.isOrganisation()) ? entity : null;
	}

	/**
	 * The organisation named right before a role ("Meituan co-founder Wang Huiwen",
	 * "Nvidia's chief executive"), by its first word as {@link #organisationAfter} gives
	 * it; null when no organisation's name stands there.
	 */
	private String organisationBefore(BlockText text, QuoteWords.RoleMatch role) {
		int end = role.first() - 1;
		if (end >= 0 && text.token(end).isPossessive()) {
			end--;
		}
		int block = text.block().index();
		for (int i = end; i >= Math.max(0, end - 4); i--) {
			Name name = this.namesAt.get(ArticleText.position(block, i));
			Entity named = this.fixedAt.get(ArticleText.position(block, i));
			if (name != null && name.last() == end && named != null && named.isOrganisation()) {
				return text.token(name.start()).key();
			}
		}
		return null;
	}

	String organisationAfter(BlockText text, int roleLast) {
		int end = organisationEnd(text, roleLast);
		if (end == roleLast) {
			return null;
		}
		for (int i = roleLast + 1; i <= end; i++) {
			if (Character.isUpperCase(text.token(i).text().charAt(0))) {
				return text.token(i).key();
			}
		}
		return null;
	}

}
