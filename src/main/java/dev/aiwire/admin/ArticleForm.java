package dev.aiwire.admin;

import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatterEditor;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article as the editors' forms send it: its Markdown, and the fields an editor sets beside it,
 * which the portal writes into the Markdown's front matter so that the stored text always says
 * what the article is. An empty field leaves the front matter as written. This is the one place
 * such fields go: one more (title, dates, outlet...) is a property here, validated here, written
 * in by {@link #markdownWithFields()}, and shown beside its input with its error.
 */
class ArticleForm {

	/** What the front matter reader accepts as a slug: lower-case letters and digits, single hyphens. */
	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private String markdown = "";

	@Size(max = 120, message = "{admin.form.slug.size}")
	@Pattern(regexp = SLUG, message = "{admin.form.slug.pattern}")
	private String slug;

	@Pattern(regexp = "published|draft", message = "{admin.form.status.invalid}")
	private String status;

	ArticleForm() {
	}

	ArticleForm(String markdown) {
		this.markdown = markdown;
	}

	/**
	 * The Markdown with the fields that were given written into its front matter.
	 * @throws DocumentException when the Markdown has no front matter to write them into
	 */
	String markdownWithFields() {
		String text = this.markdown;
		if (this.slug != null) {
			text = FrontMatterEditor.withField(text, "slug", this.slug);
		}
		if (this.status != null) {
			text = FrontMatterEditor.withField(text, "status", this.status);
		}
		return text;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public void setMarkdown(String markdown) {
		this.markdown = (markdown != null) ? markdown : "";
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = blankAsNull(slug);
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = blankAsNull(status);
	}

	private static String blankAsNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
