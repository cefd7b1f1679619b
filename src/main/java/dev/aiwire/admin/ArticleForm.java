package dev.aiwire.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatterEditor;
import dev.aiwire.markdown.PlainText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article as the editors' forms send it: its Markdown, and the fields an editor sets
 * beside it, which the portal writes into the Markdown's front matter so that the stored
 * text always says what the article is, and the front matter reader checks them with its
 * own messages. An empty field leaves the front matter as written, unless the fields came
 * from a preview, which showed the front matter in them: there an emptied field removes
 * its key. This is the one place such fields go: one more is a property here and a line
 * of {@link #FIELDS}, and shown beside its input with its error.
 */
class ArticleForm {

	/**
	 * What the front matter reader accepts as a slug: lower-case letters and digits,
	 * single hyphens.
	 */
	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** How a field's value is written into the front matter. */
	enum Kind {

		/** Any text, quoted. */
		TEXT,
		/** A list, given as items separated by commas. */
		LIST

	}

	/**
	 * A field of the form and its front matter key.
	 *
	 * @param property the form's property, the input's name
	 * @param key the front matter key
	 */
	record Field(String property, String key, Kind kind, Function<ArticleForm, String> value,
			BiConsumer<ArticleForm, String> fill) {
	}

	/** The fields written into the front matter as text, in the order of the form. */
	static final List<Field> FIELDS = List.of(
			new Field("title", "title", Kind.TEXT, ArticleForm::getTitle, ArticleForm::setTitle),
			new Field("date", "date", Kind.TEXT, ArticleForm::getDate, ArticleForm::setDate),
			new Field("source", "source", Kind.TEXT, ArticleForm::getSource, ArticleForm::setSource),
			new Field("url", "url", Kind.TEXT, ArticleForm::getUrl, ArticleForm::setUrl),
			new Field("originalTitle", "original_title", Kind.TEXT, ArticleForm::getOriginalTitle,
					ArticleForm::setOriginalTitle),
			new Field("originalLanguage", "original_language", Kind.TEXT, ArticleForm::getOriginalLanguage,
					ArticleForm::setOriginalLanguage),
			new Field("author", "author", Kind.TEXT, ArticleForm::getAuthor, ArticleForm::setAuthor),
			new Field("translator", "translator", Kind.TEXT, ArticleForm::getTranslator, ArticleForm::setTranslator),
			new Field("translation", "translation", Kind.TEXT, ArticleForm::getTranslation,
					ArticleForm::setTranslation),
			new Field("lang", "lang", Kind.TEXT, ArticleForm::getLang, ArticleForm::setLang),
			new Field("tags", "tags", Kind.LIST, ArticleForm::getTags, ArticleForm::setTags),
			new Field("published", "published", Kind.TEXT, ArticleForm::getPublished, ArticleForm::setPublished));

	private String markdown = "";

	@Size(max = 120, message = "{admin.form.slug.size}")
	@Pattern(regexp = SLUG, message = "{admin.form.slug.pattern}")
	private String slug;

	@Pattern(regexp = "published|draft", message = "{admin.form.status.invalid}")
	private String status;

	private String title;

	private String date;

	private String source;

	private String url;

	private String originalTitle;

	private String originalLanguage;

	private String author;

	private String translator;

	private String translation;

	private String lang;

	private String tags;

	private String published;

	/**
	 * Whether the fields show the front matter (a preview's form): an empty one then
	 * removes its key.
	 */
	private boolean fieldsShown;

	/** Whether the text came without front matter: every field is then the editor's. */
	private boolean plain;

	ArticleForm() {
	}

	ArticleForm(String markdown) {
		this.markdown = markdown;
	}

	/**
	 * Takes the first line of a plain text as its title when the title field is empty (or
	 * says the same), so that the editor sees it in the field and may change it.
	 */
	void takeTitleFromPlainText() {
		this.plain = !FrontMatterEditor.hasFrontMatter(this.markdown);
		PlainText.titled(this.markdown).ifPresent(titled -> {
			if (this.title == null || this.title.equals(titled.title())) {
				this.title = titled.title();
				this.markdown = titled.body();
			}
		});
	}

	/** Fills the empty fields with what the front matter says, to show it. */
	void showFrontMatter() {
		Map<String, String> values = FrontMatterEditor.values(this.markdown);
		for (Field field : FIELDS) {
			if (field.value().apply(this) == null && values.containsKey(field.key())) {
				field.fill().accept(this, values.get(field.key()));
			}
		}
		if (this.slug == null && values.containsKey("slug")) {
			this.slug = values.get("slug").strip();
		}
		this.fieldsShown = true;
	}

	/**
	 * Whether a front matter key was set by a field of this form rather than written in
	 * the text.
	 */
	boolean isFromField(String key) {
		if (this.plain || this.fieldsShown && propertyOf(key) != null || "slug".equals(key) && this.slug != null
				|| "status".equals(key) && this.status != null) {
			return true;
		}
		return FIELDS.stream().anyMatch(field -> field.key().equals(key) && field.value().apply(this) != null);
	}

	/**
	 * The form's property for a front matter key, or null when no field stands for it.
	 */
	static String propertyOf(String key) {
		if ("slug".equals(key) || "status".equals(key)) {
			return key;
		}
		return FIELDS.stream().filter(field -> field.key().equals(key)).map(Field::property).findFirst().orElse(null);
	}

	/**
	 * The Markdown with the fields that were given written into its front matter (a plain
	 * text gets one).
	 * @throws DocumentException when the front matter is never closed
	 */
	String markdownWithFields() {
		boolean hadFrontMatter = FrontMatterEditor.hasFrontMatter(this.markdown);
		if (!hadFrontMatter && FIELDS.stream().allMatch(field -> field.value().apply(this) == null) && this.slug == null
				&& this.status == null) {
			return this.markdown;
		}
		String text = FrontMatterEditor.withFrontMatter(this.markdown);
		for (Field field : FIELDS) {
			String value = field.value().apply(this);
			if (value == null) {
				if (this.fieldsShown) {
					text = FrontMatterEditor.withoutField(text, field.key());
				}
			}
			else if (field.kind() == Kind.LIST) {
				text = FrontMatterEditor.withList(text, field.key(),
						Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList());
			}
			else {
				text = FrontMatterEditor.withText(text, field.key(), value);
			}
		}
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = blankAsNull(title);
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = blankAsNull(date);
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = blankAsNull(source);
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = blankAsNull(url);
	}

	public String getOriginalTitle() {
		return this.originalTitle;
	}

	public void setOriginalTitle(String originalTitle) {
		this.originalTitle = blankAsNull(originalTitle);
	}

	public String getOriginalLanguage() {
		return this.originalLanguage;
	}

	public void setOriginalLanguage(String originalLanguage) {
		this.originalLanguage = blankAsNull(originalLanguage);
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = blankAsNull(author);
	}

	public String getTranslator() {
		return this.translator;
	}

	public void setTranslator(String translator) {
		this.translator = blankAsNull(translator);
	}

	public String getTranslation() {
		return this.translation;
	}

	public void setTranslation(String translation) {
		this.translation = blankAsNull(translation);
	}

	public String getLang() {
		return this.lang;
	}

	public void setLang(String lang) {
		this.lang = blankAsNull(lang);
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = blankAsNull(tags);
	}

	public String getPublished() {
		return this.published;
	}

	public void setPublished(String published) {
		this.published = blankAsNull(published);
	}

	public boolean isFieldsShown() {
		return this.fieldsShown;
	}

	public void setFieldsShown(boolean fieldsShown) {
		this.fieldsShown = fieldsShown;
	}

	private static String blankAsNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
