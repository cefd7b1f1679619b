package dev.aiwire.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import dev.aiwire.language.LanguageRegistry;

/**
 * Reads and validates the YAML front matter between the two {@code ---} lines that open
 * an article. Every complaint names the field and the line of the file.
 */
final class FrontMatterReader {

	private static final Set<String> TRANSLATIONS = Set.of("human", "machine", "mixed");

	private static final Set<String> STATUSES = Set.of("published", "draft");

	private static final Set<String> KNOWN = Set.of("title", "slug", "lang", "date", "source", "url", "original_title",
			"original_language", "author", "translator", "translation", "translation_key", "tags", "summary", "status",
			"pull_quotes", "published");

	private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");

	/**
	 * Fields of free text, where an editor writes a headline as it stands: a French title
	 * puts a space before its colon ("Des bons de calcul : les villes...") and a hashtag
	 * can belong to a name, both of which plain YAML would refuse or cut.
	 */
	private static final Set<String> FREE_TEXT = Set.of("title", "original_title", "summary", "author", "translator",
			"source");

	/** A free-text field on one line whose value is not quoted nor a YAML structure. */
	private static final Pattern PLAIN_TEXT_LINE = Pattern
		.compile("^([a-z_]+)([ \\t]*:[ \\t]+)([^\"'\\[{|>&*!%@`\\s].*)$");

	/**
	 * Longest title accepted: long enough for press agencies whose headline runs into the
	 * first sentence, short enough to refuse a paragraph pasted into the field by
	 * mistake.
	 */
	private static final int MAX_TITLE = 2000;

	private static final int MAX_FIELD = 2000;

	/** Fields stored in shorter columns than {@link #MAX_FIELD}, with their limits. */
	private static final Map<String, Integer> FIELD_LIMITS = Map.of("source", 300, "original_title", 1000, "author",
			500, "translator", 500, "translation_key", 200);

	private final LanguageRegistry languages;

	/** A reader that accepts the languages of a registry in {@code lang:}. */
	FrontMatterReader(LanguageRegistry languages) {
		this.languages = languages;
	}

	/** The front matter and the body of a file, and the line on which the body starts. */
	record Split(FrontMatter frontMatter, String body, int bodyLine) {
	}

	Split read(String source) {
		String[] lines = source.split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals("---")) {
			throw new DocumentException(null, 1, DocumentException.Place.LINE, "document.frontMatter.missing",
					"the file must start with front matter: a line '---', fields such as 'title:' and 'date:', and a closing '---'");
		}
		int close = -1;
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.equals("---") || line.equals("...")) {
				close = i;
				break;
			}
		}
		if (close < 0) {
			throw new DocumentException(null, 1, DocumentException.Place.FILE, "document.frontMatter.unclosed",
					"front matter opened on line 1 is never closed: add a line '---' after the last field");
		}
		StringBuilder yaml = new StringBuilder();
		Map<String, Integer> keyLines = new HashMap<>();
		for (int i = 1; i < close; i++) {
			yaml.append(asWritten(lines[i])).append('\n');
			Matcher key = KEY_LINE.matcher(lines[i]);
			if (key.find()) {
				keyLines.putIfAbsent(key.group(1), i + 1);
			}
		}
		Map<String, Object> fields = load(yaml.toString());
		FrontMatter frontMatter = new Fields(fields, keyLines, this.languages).toFrontMatter();
		StringBuilder body = new StringBuilder();
		for (int i = close + 1; i < lines.length; i++) {
			body.append(lines[i]);
			if (i < lines.length - 1) {
				body.append('\n');
			}
		}
		return new Split(frontMatter, body.toString(), close + 2);
	}

	/**
	 * Quotes the value of a free-text field when YAML would read it otherwise than the
	 * editor wrote it: a colon followed by a space inside it, or " #" that YAML takes for
	 * the start of a comment. Any other line is left to YAML as it stands.
	 */
	static String asWritten(String line) {
		Matcher plain = PLAIN_TEXT_LINE.matcher(line);
		if (!plain.matches() || !FREE_TEXT.contains(plain.group(1))) {
			return line;
		}
		String value = plain.group(3).stripTrailing();
		if (!value.contains(": ") && !value.endsWith(":") && !value.contains(" #") && !value.contains("\t#")) {
			return line;
		}
		String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
		return plain.group(1) + plain.group(2) + '"' + escaped + '"';
	}

	static Map<String, Object> load(String yaml) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(512 * 1024);
		Yaml parser = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new DatesAsText());
		Object loaded;
		try {
			loaded = parser.load(yaml);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + 2 : 2;
			if (tooManyAliases(ex.getProblem())) {
				throw aliases(line);
			}
			throw new DocumentException(null, line, DocumentException.Place.FRONT_MATTER_LINE, "document.yaml.invalid",
					describe(ex.getProblem()) + " (not valid YAML)", describe(ex.getProblem()));
		}
		catch (YAMLException ex) {
			if (tooManyAliases(ex.getMessage())) {
				throw aliases(0);
			}
			throw new DocumentException(null, 2, DocumentException.Place.FRONT_MATTER, "document.yaml.unreadable",
					describe(ex.getMessage()), describe(ex.getMessage()));
		}
		if (loaded == null) {
			return Map.of();
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new DocumentException(null, 2, DocumentException.Place.FRONT_MATTER_LINE, "document.yaml.notFields",
					"expected fields written as 'name: value', one per line");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		map.forEach((key, value) -> fields.put(String.valueOf(key), value));
		return fields;
	}

	private static String describe(String problem) {
		if (problem == null) {
			return "unreadable YAML";
		}
		return problem.lines().findFirst().orElse(problem).strip();
	}

	private static boolean tooManyAliases(String problem) {
		return problem != null && problem.toLowerCase(Locale.ROOT).contains("number of aliases");
	}

	private static DocumentException aliases(int line) {
		return new DocumentException(null, (line > 0) ? line : 2,
				(line > 0) ? DocumentException.Place.FRONT_MATTER_LINE : DocumentException.Place.FRONT_MATTER,
				"document.yaml.aliases", "too many YAML aliases (anchors such as &a and *a are limited)");
	}

	/** Reads each field with the line it stands on, so that errors can point at it. */
	private static final class Fields {

		private final Map<String, Object> values;

		private final Map<String, Integer> lines;

		private final LanguageRegistry languages;

		Fields(Map<String, Object> values, Map<String, Integer> lines, LanguageRegistry languages) {
			this.values = values;
			this.lines = lines;
			this.languages = languages;
		}

		FrontMatter toFrontMatter() {
			String title = text("title");
			if (title == null || title.isBlank()) {
				throw error("title", "document.title.required", "title is required");
			}
			title = title.strip();
			if (title.length() > MAX_TITLE) {
				throw error("title", "document.title.tooLong",
						"title is " + title.length() + " characters long; at most " + MAX_TITLE + " are allowed",
						String.valueOf(title.length()), String.valueOf(MAX_TITLE));
			}
			LocalDate date = date();
			String slug = text("slug");
			if (slug != null) {
				slug = slug.strip();
				if (slug.length() > 120 || !Slugs.VALID.matcher(slug).matches()) {
					throw error("slug", "document.slug.invalid", "slug '" + shorten(slug)
							+ "' may only contain lower-case letters, digits and single hyphens (at most 120 characters)",
							shorten(slug));
				}
			}
			String lang = oneOf("lang", Set.copyOf(this.languages.codes()), this.languages.defaultLanguage().code());
			String url = text("url");
			if (url != null) {
				url = url.strip();
				String lower = url.toLowerCase(Locale.ROOT);
				if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.contains(" ")
						|| url.length() > 1000) {
					throw error("url", "document.url.invalid",
							"url '" + shorten(url) + "' must be a web address starting with http:// or https://",
							shorten(url));
				}
			}
			String originalLanguage = text("original_language");
			if (originalLanguage != null && !originalLanguage.strip().matches("[a-zA-Z]{2,3}(-[a-zA-Z]{2,4})?")) {
				throw error(
						"original_language", "document.originalLanguage.invalid", "original_language '"
								+ shorten(originalLanguage) + "' must be a language code such as zh or en",
						shorten(originalLanguage));
			}
			Map<String, Object> extra = new LinkedHashMap<>();
			this.values.forEach((key, value) -> {
				if (!KNOWN.contains(key)) {
					extra.put(key, String.valueOf(value));
				}
			});
			return new FrontMatter(title, slug, lang, date, trimmed("source"), url, trimmed("original_title"),
					(originalLanguage != null) ? originalLanguage.strip().toLowerCase(Locale.ROOT) : null,
					trimmed("author"), trimmed("translator"), oneOf("translation", TRANSLATIONS, null),
					trimmed("translation_key"), tags(), trimmed("summary"), oneOf("status", STATUSES, "published"),
					pullQuotes(), extra, published());
		}

		private PublicationTime published() {
			String text = trimmed("published");
			if (text == null) {
				return null;
			}
			return PublicationTime.parse(text)
				.orElseThrow(() -> error("published", "document.published.invalid",
						"published '" + shorten(text)
								+ "' is not a publication time (expected 2025-03-16T09:30 or 2025-03-16)",
						shorten(text)));
		}

		private LocalDate date() {
			Object raw = this.values.get("date");
			if (raw == null || raw.toString().isBlank()) {
				throw error("date", "document.date.required",
						"date is required (the original's publication date, as 2024-05-20)");
			}
			String text = raw.toString().strip();
			String day = (text.length() > 10 && text.charAt(10) == 'T' || text.length() > 10 && text.charAt(10) == ' ')
					? text.substring(0, 10) : text;
			try {
				return LocalDate.parse(day);
			}
			catch (DateTimeParseException ex) {
				throw error("date", "document.date.invalid",
						"date '" + shorten(text) + "' is not a valid date (expected YYYY-MM-DD)", shorten(text));
			}
		}

		private String oneOf(String field, Set<String> allowed, String fallback) {
			String value = text(field);
			if (value == null || value.isBlank()) {
				return fallback;
			}
			String normalised = value.strip().toLowerCase(Locale.ROOT);
			if (!allowed.contains(normalised)) {
				String choices = String.join(", ", allowed.stream().sorted().toList());
				throw error(field, "document.field.notOneOf",
						field + " '" + shorten(value) + "' is not one of " + choices, field, shorten(value), choices);
			}
			return normalised;
		}

		private List<String> tags() {
			Object raw = this.values.get("tags");
			List<Object> items = new ArrayList<>();
			if (raw instanceof List<?> list) {
				items.addAll(list);
			}
			else if (raw != null) {
				if (raw instanceof Map<?, ?>) {
					throw error("tags", "document.tags.notList", "tags must be a list such as [Baidu, Ernie]");
				}
				for (String part : raw.toString().split(",")) {
					items.add(part);
				}
			}
			Set<String> tags = new LinkedHashSet<>();
			for (Object item : items) {
				if (item == null) {
					continue;
				}
				if (item instanceof Map<?, ?> || item instanceof List<?>) {
					throw error("tags", "document.tags.notWord", "each tag must be a word or a short phrase");
				}
				String tag = item.toString().strip().replaceAll("\\s+", " ");
				if (tag.isEmpty()) {
					continue;
				}
				if (tag.length() > 60 || Slugs.slugify(tag, 80).isEmpty()) {
					throw error("tags", "document.tags.invalid",
							"tag '" + shorten(tag)
									+ "' must be at most 60 characters and contain a Latin letter or a digit",
							shorten(tag));
				}
				tags.add(tag);
			}
			if (tags.size() > 30) {
				throw error("tags", "document.tags.tooMany", "an article may have at most 30 tags");
			}
			return new ArrayList<>(tags);
		}

		private List<String> pullQuotes() {
			Object raw = this.values.get("pull_quotes");
			if (raw == null) {
				return null;
			}
			if (Boolean.FALSE.equals(raw) || "none".equals(raw)) {
				return List.of();
			}
			if (raw instanceof List<?> list) {
				return list.stream()
					.filter(item -> item != null)
					.map(item -> item.toString().strip())
					.filter(item -> !item.isEmpty())
					.toList();
			}
			if (raw instanceof String single && !single.isBlank()) {
				return List.of(single.strip());
			}
			throw error("pull_quotes", "document.pullQuotes.invalid",
					"pull_quotes must be false or a list of the first words of quotations");
		}

		private String trimmed(String field) {
			String value = text(field);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		private String text(String field) {
			Object value = this.values.get(field);
			if (value == null) {
				return null;
			}
			if (value instanceof Map<?, ?> || value instanceof List<?>) {
				throw error(field, "document.field.notText", field + " must be text, not a list or a group of fields",
						field);
			}
			String text = value.toString();
			int limit = FIELD_LIMITS.getOrDefault(field, MAX_FIELD);
			if (text.strip().length() > limit && !field.equals("title")) {
				throw error(field, "document.field.tooLong", field + " is longer than " + limit + " characters", field,
						String.valueOf(limit));
			}
			return text;
		}

		private DocumentException error(String field, String code, String english, Object... arguments) {
			Integer line = this.lines.get(field);
			return new DocumentException(field, (line != null) ? line : 1,
					(line != null) ? DocumentException.Place.FRONT_MATTER_LINE : DocumentException.Place.FRONT_MATTER,
					code, english, arguments);
		}

		private static String shorten(String value) {
			String flat = value.replaceAll("\\s+", " ");
			return (flat.length() > 80) ? flat.substring(0, 77) + "..." : flat;
		}

	}

	/**
	 * The YAML resolver without timestamps: dates stay text and are checked by the
	 * portal.
	 */
	private static final class DatesAsText extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.MERGE, MERGE, "<");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

}
