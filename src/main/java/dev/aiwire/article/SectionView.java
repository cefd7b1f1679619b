package dev.aiwire.article;

/**
 * A section of an article page: heading and anchor (null for the lead) and its safe HTML.
 */
public record SectionView(int position, String heading, String anchor, String html) {

	public boolean isLead() {
		return this.heading == null;
	}

}
