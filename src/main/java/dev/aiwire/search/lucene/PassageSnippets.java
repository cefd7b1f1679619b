package dev.aiwire.search.lucene;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.search.Snippet;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Makes the best passages of a field into a {@link Snippet}: plain text with the matches
 * marked.
 */
class PassageSnippets extends PassageFormatter {

	/** Between a heading and the text that follows it in a snippet. */
	static final String LINE_APART = " · ";

	/** Characters that end a sentence, after which a new line is only a space. */
	private static final String SENTENCE_ENDS = ".!?…:;»\"”’)";

	@Override
	public Snippet format(Passage[] passages, String content) {
		List<List<Snippet.Part>> snippet = new ArrayList<>();
		for (Passage passage : passages) {
			List<Snippet.Part> parts = new ArrayList<>();
			int position = passage.getStartOffset();
			for (int m = 0; m < passage.getNumMatches(); m++) {
				int start = passage.getMatchStarts()[m];
				int end = passage.getMatchEnds()[m];
				if (start < position) {
					continue;
				}
				if (start > position) {
					parts.add(new Snippet.Part(oneLine(content, position, start), false));
				}
				parts.add(new Snippet.Part(oneLine(content, start, end), true));
				position = end;
			}
			if (position < passage.getEndOffset()) {
				parts.add(new Snippet.Part(oneLine(content, position, passage.getEndOffset()), false));
			}
			snippet.add(parts);
		}
		return Snippet.ofPassages(snippet);
	}

	/**
	 * The content from {@code start} to {@code end} on one line. The indexed text has a
	 * heading or a paragraph a line: a line that ends a sentence is followed by a space,
	 * a line that does not (a heading) by a separator, so that a heading never runs into
	 * the text after it.
	 */
	private static String oneLine(String content, int start, int end) {
		StringBuilder line = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			char c = content.charAt(i);
			if (c != '\n') {
				line.append(c);
				continue;
			}
			int before = i - 1;
			while (before >= 0 && Character.isWhitespace(content.charAt(before)) && content.charAt(before) != '\n') {
				before--;
			}
			boolean ended = before < 0 || content.charAt(before) == '\n'
					|| SENTENCE_ENDS.indexOf(content.charAt(before)) >= 0;
			line.append(ended ? " " : LINE_APART);
		}
		return line.toString();
	}

}
