package dev.aiwire.article.publishing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.aiwire.article.store.Tag;
import dev.aiwire.article.store.TagRepository;

/**
 * The tags one transaction has looked up or created, by slug: a slug looked up once is
 * known to be stored or not, so a bulk import asks the database for the tags of a whole
 * batch at once and for none of its articles.
 */
final class KnownTags {

	private final TagRepository tags;

	private final Map<String, Tag> found = new HashMap<>();

	private final Set<String> lookedUp = new HashSet<>();

	KnownTags(TagRepository tags) {
		this.tags = tags;
	}

	/** Looks up those of these slugs not looked up yet, with one query. */
	void lookUp(Collection<String> slugs) {
		Set<String> unknown = new HashSet<>(slugs);
		unknown.removeAll(this.lookedUp);
		if (unknown.isEmpty()) {
			return;
		}
		for (Tag tag : this.tags.findBySlugIn(unknown)) {
			this.found.put(tag.getSlug(), tag);
		}
		this.lookedUp.addAll(unknown);
	}

	/** The stored tag of a slug looked up, created with this name if there is none. */
	Tag get(String slug, String name) {
		return this.found.computeIfAbsent(slug, (s) -> this.tags.save(new Tag(s, name)));
	}

}
