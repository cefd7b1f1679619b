package dev.aiwire.admin;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * The lines that differ between two versions of a text, with a few lines of context, as a
 * unified diff.
 */
final class LineDiff {

	private static final int CONTEXT = 3;

	private LineDiff() {
	}

	static List<DiffLine> between(String original, String revised, String originalName, String revisedName) {
		List<String> before = original.lines().toList();
		List<String> after = revised.lines().toList();
		Patch<String> patch = DiffUtils.diff(before, after);
		List<DiffLine> lines = new ArrayList<>();
		for (String line : UnifiedDiffUtils.generateUnifiedDiff(originalName, revisedName, before, patch, CONTEXT)) {
			lines.add(DiffLine.of(line));
		}
		return lines;
	}

	/** One line of a diff: removed, added, unchanged context, or a header. */
	public record DiffLine(Kind kind, String text) {

		public enum Kind {

			HEADER, HUNK, REMOVED, ADDED, CONTEXT

		}

		static DiffLine of(String line) {
			if (line.startsWith("---") || line.startsWith("+++")) {
				return new DiffLine(Kind.HEADER, line);
			}
			if (line.startsWith("@@")) {
				return new DiffLine(Kind.HUNK, line);
			}
			if (line.startsWith("-")) {
				return new DiffLine(Kind.REMOVED, line);
			}
			if (line.startsWith("+")) {
				return new DiffLine(Kind.ADDED, line);
			}
			return new DiffLine(Kind.CONTEXT, line);
		}

		/** A CSS class for the line. */
		public String cssClass() {
			return "diff-" + this.kind.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
