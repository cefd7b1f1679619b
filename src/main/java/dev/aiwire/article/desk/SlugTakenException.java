package dev.aiwire.article.desk;

/**
 * An upload asks for a slug another article has: the editor updates that article or picks
 * another slug.
 */
public class SlugTakenException extends RuntimeException {

	private final SlugConflict conflict;

	public SlugTakenException(SlugConflict conflict) {
		super("front matter: slug '" + conflict.slug() + "' is already used by another article");
		this.conflict = conflict;
	}

	public SlugConflict conflict() {
		return this.conflict;
	}

}
