package dev.aiwire.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

/**
 * What changed between two versions of an article, paragraph by paragraph and, inside a
 * changed paragraph, word by word: an editor sees the one word changed in a long
 * paragraph marked, and unchanged paragraphs are left out or, beside a change, shortened
 * around it.
 */
final class WordDiff {

	/** Words of unchanged text kept on each side of a change inside a paragraph. */
	private static final int AROUND = 8;

	/** Words and the spaces between them, each a token. */
	private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

	private WordDiff() {
	}

	/**
	 * The changed paragraphs (lines) of the revised text, with their changes marked;
	 * blank lines are no paragraphs.
	 */
	static List<Paragraph> between(String original, String revised) {
		List<String> before = original.lines().toList();
		List<String> after = revised.lines().toList();
		Patch<String> patch = DiffUtils.diff(before, after);
		List<Paragraph> paragraphs = new ArrayList<>();
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			int line = delta.getTarget().getPosition() + 1;
			int paired = (delta.getType() == DeltaType.CHANGE) ? Math.min(removed.size(), added.size()) : 0;
			for (int i = 0; i < paired; i++) {
				paragraphs.add(new Paragraph(line + i, Change.CHANGED, words(removed.get(i), added.get(i))));
			}
			for (int i = paired; i < removed.size(); i++) {
				if (removed.get(i).isBlank()) {
					continue;
				}
				paragraphs.add(new Paragraph(line + paired, Change.REMOVED,
						List.of(new Segment(removed.get(i), Change.REMOVED))));
			}
			for (int i = paired; i < added.size(); i++) {
				if (added.get(i).isBlank()) {
					continue;
				}
				paragraphs.add(new Paragraph(line + i, Change.ADDED, List.of(new Segment(added.get(i), Change.ADDED))));
			}
		}
		return paragraphs;
	}

	/**
	 * One paragraph's words, unchanged runs shortened to a few words around each change.
	 */
	static List<Segment> words(String original, String revised) {
		List<String> before = List.of(TOKENS.split(original, -1));
		List<String> after = List.of(TOKENS.split(revised, -1));
		Patch<String> patch = DiffUtils.diff(before, after);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			addUnchanged(segments, before.subList(position, start), position == 0, false);
			if (!delta.getSource().getLines().isEmpty()) {
				segments.add(new Segment(String.join("", delta.getSource().getLines()), Change.REMOVED));
			}
			if (!delta.getTarget().getLines().isEmpty()) {
				segments.add(new Segment(String.join("", delta.getTarget().getLines()), Change.ADDED));
			}
			position = start + delta.getSource().size();
		}
		addUnchanged(segments, before.subList(position, before.size()), position == 0, true);
		return segments;
	}

	/**
	 * Unchanged tokens, cut in the middle (or at the paragraph's start or end) when long.
	 */
	private static void addUnchanged(List<Segment> segments, List<String> tokens, boolean first, boolean last) {
		if (tokens.isEmpty()) {
			return;
		}
		int keep = AROUND * 2;
		if (first && last || tokens.size() <= keep * 2 + 1) {
			segments.add(new Segment(String.join("", tokens), Change.SAME));
			return;
		}
		String head = String.join("", tokens.subList(0, keep));
		String tail = String.join("", tokens.subList(tokens.size() - keep, tokens.size()));
		if (first) {
			segments.add(new Segment("… " + tail.stripLeading(), Change.SAME));
		}
		else if (last) {
			segments.add(new Segment(head.stripTrailing() + " …", Change.SAME));
		}
		else {
			segments.add(new Segment(head.stripTrailing() + " … " + tail.stripLeading(), Change.SAME));
		}
	}

	/** How a paragraph or a run of words changed. */
	public enum Change {

		SAME, CHANGED, REMOVED, ADDED

	}

	/**
	 * A paragraph that changed.
	 *
	 * @param line its line in the revised text (where it was, for a removed one)
	 * @param change whether it was changed, removed or added
	 * @param segments its words, runs of them marked as removed or added
	 */
	public record Paragraph(int line, Change change, List<Segment> segments) {
	}

	/** A run of words, unchanged, removed or added. */
	public record Segment(String text, Change change) {
	}

}
