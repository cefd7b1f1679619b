package dev.aiwire.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A list of words of one language, read from {@code language/<code>/<list>.txt}: one
 * entry a line, {@code entry | example} or {@code entry | key=value key=value | example},
 * with {@code #} starting a comment. Every entry carries an example of its use, so that a
 * reader of the list knows what it is for; a line without one is refused with its file
 * and number. Entries are looked up {@link Words#fold folded} (case, accents and
 * apostrophes ignored).
 */
public final class WordList {

	private static final WordList EMPTY = new WordList("", List.of());

	private final String name;

	private final List<Entry> entries;

	private final Map<String, Entry> byKey;

	WordList(String name, List<Entry> entries) {
		this.name = name;
		this.entries = List.copyOf(entries);
		Map<String, Entry> keys = new HashMap<>();
		for (Entry entry : this.entries) {
			keys.putIfAbsent(entry.key(), entry);
		}
		this.byKey = Collections.unmodifiableMap(keys);
	}

	/**
	 * One entry: the words as written, their folded key, its attributes and an example.
	 */
	public record Entry(String text, String key, Map<String, String> attributes, String example) {

		public Entry {
			attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
		}

		/** An attribute of the entry ({@code gender=f}), or null. */
		public String attribute(String attribute) {
			return this.attributes.get(attribute);
		}

		/** The words of the entry, folded. */
		public List<String> words() {
			return List.of(this.key.split(" "));
		}

	}

	public String name() {
		return this.name;
	}

	public List<Entry> entries() {
		return this.entries;
	}

	/** Whether the list holds these words (compared folded). */
	public boolean contains(String words) {
		return words != null && this.byKey.containsKey(Words.foldAndStrip(words));
	}

	/** The entry of these words, compared folded. */
	public Optional<Entry> find(String words) {
		return (words != null) ? Optional.ofNullable(this.byKey.get(Words.foldAndStrip(words))) : Optional.empty();
	}

	/** The folded keys of every entry. */
	public Set<String> keys() {
		return this.byKey.keySet();
	}

	/**
	 * Whether the list holds these words with an attribute of this value ("kind=company"
	 * for "firm").
	 */
	public boolean has(String words, String attribute, String value) {
		return find(words).map((entry) -> value.equals(entry.attribute(attribute))).orElse(false);
	}

	/** The entries whose attribute has this value ({@code kind=organisation}). */
	public List<Entry> with(String attribute, String value) {
		return this.entries.stream().filter((entry) -> value.equals(entry.attribute(attribute))).toList();
	}

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	static WordList load(ClassLoader loader, String language, String list) {
		return loadPath(loader, "language/" + language + "/" + list + ".txt", list);
	}

	static WordList loadPath(ClassLoader loader, String path, String list) {
		InputStream in = loader.getResourceAsStream(path);
		if (in == null) {
			return EMPTY;
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Entry> entries = new ArrayList<>();
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				Entry entry = parse(line, path, number);
				if (entry != null) {
					entries.add(entry);
				}
			}
			return new WordList(list, entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	static Entry parse(String line, String path, int number) {
		String content = line.strip();
		if (content.isEmpty() || content.startsWith("#")) {
			return null;
		}
		String[] parts = content.split("\\s+\\|\\s+", 3);
		if (parts.length < 2 || parts[parts.length - 1].isBlank()) {
			throw new IllegalStateException(path + " line " + number + ": an entry needs an example after ' | '");
		}
		String text = parts[0].strip();
		Map<String, String> attributes = new LinkedHashMap<>();
		if (parts.length == 3) {
			for (String pair : parts[1].strip().split("\\s+")) {
				int equals = pair.indexOf('=');
				if (equals <= 0) {
					throw new IllegalStateException(
							path + " line " + number + ": '" + pair + "' is not an attribute (expected key=value)");
				}
				attributes.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return new Entry(text, Words.fold(text).strip().replaceAll("\\s+", " "), attributes,
				parts[parts.length - 1].strip());
	}

}
