package dev.aiwire.quote.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotations in quotation marks of one block: « ... », “ ... ”, "...", ‘ ... ’
 * and the corner brackets a machine translation sometimes leaves. Tolerates the damage
 * translation does: doubled marks ({@code « ""...". »}) count once, mixed families pair
 * up, a quotation opened and never closed runs until the next one opens or the block
 * ends, and a closing mark without its opening one closes a quotation that began with the
 * sentence.
 */
final class QuoteSpans {

	private enum Role {

		OPEN, CLOSE, EITHER

	}

	private record Mark(int token, Role role) {

	}

	private QuoteSpans() {
	}

	static List<BlockText.Span> find(String text, List<Token> tokens) {
		List<Mark> doubles = new ArrayList<>();
		List<Mark> singles = new ArrayList<>();
		for (Token token : tokens) {
			if (token.isMark()) {
				Role role = roleOf(text, token);
				if (isSingle(token.text().charAt(0))) {
					singles.add(new Mark(token.index(), role));
				}
				else {
					doubles.add(new Mark(token.index(), role));
				}
			}
		}
		List<BlockText.Span> spans = pair(text, tokens, collapse(withoutNested(text, tokens, doubles)));
		List<BlockText.Span> inner = pair(text, tokens, collapse(singles));
		for (BlockText.Span single : inner) {
			boolean nested = spans.stream()
				.anyMatch((outer) -> single.contentStart() >= outer.contentStart()
						&& single.contentEnd() <= outer.contentEnd());
			if (!nested && single.open() >= 0 && single.close() >= 0) {
				spans.add(single);
			}
		}
		spans.sort(Comparator.comparingInt(BlockText.Span::contentStart));
		return spans;
	}

	/**
	 * The double marks without those nested in guillemets: in « Les marchés ont acheté le
	 * mot “humanoïde”, pas les bénéfices », the curly or straight marks inside a closed
	 * pair of guillemets quote within the quotation, as single marks do in English, and
	 * must not cut it. Only marks that pair up among themselves inside the guillemets are
	 * taken out, so that translation's damage (« ... ") still pairs across families.
	 */
	private static List<Mark> withoutNested(String text, List<Token> tokens, List<Mark> doubles) {
		List<Mark> guillemets = doubles.stream().filter((mark) -> isGuillemet(tokens.get(mark.token()))).toList();
		if (guillemets.isEmpty() || guillemets.size() == doubles.size()) {
			return doubles;
		}
		List<Mark> kept = new ArrayList<>(doubles);
		for (BlockText.Span outer : pair(text, tokens, collapse(guillemets))) {
			if (outer.open() < 0 || outer.close() < 0) {
				continue;
			}
			List<Mark> inside = doubles.stream()
				.filter((mark) -> mark.token() > outer.open() && mark.token() < outer.close()
						&& !isGuillemet(tokens.get(mark.token())))
				.toList();
			if (!inside.isEmpty() && pairsUp(collapse(inside))) {
				kept.removeAll(inside);
			}
		}
		return kept;
	}

	private static boolean isGuillemet(Token token) {
		char c = token.text().charAt(0);
		return c == '\u00ab' || c == '\u00bb';
	}

	/** Whether marks open and close in turn, as a quotation within a quotation does. */
	private static boolean pairsUp(List<Mark> marks) {
		if (marks.size() % 2 != 0) {
			return false;
		}
		for (int i = 0; i < marks.size(); i++) {
			Role expected = (i % 2 == 0) ? Role.OPEN : Role.CLOSE;
			if (marks.get(i).role() != expected && marks.get(i).role() != Role.EITHER) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSingle(char c) {
		return c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u2039' || c == '\u203a';
	}

	private static Role roleOf(String text, Token token) {
		char c = token.text().charAt(0);
		char before = (token.start() > 0) ? text.charAt(token.start() - 1) : ' ';
		char after = (token.end() < text.length()) ? text.charAt(token.end()) : ' ';
		boolean spaceBefore = Character.isWhitespace(before) || Character.isSpaceChar(before)
				|| "([{".indexOf(before) >= 0;
		boolean wordAfter = Character.isLetterOrDigit(after);
		boolean wordBefore = Character.isLetterOrDigit(before) || ".,!?;:\u2026".indexOf(before) >= 0;
		boolean spaceAfter = Character.isWhitespace(after) || Character.isSpaceChar(after)
				|| ".,;:!?)]\u2026".indexOf(after) >= 0;
		switch (c) {
			case '\u00ab', '\u2039', '\u300c', '\u300e', '\u201e', '\u201a':
				return Role.OPEN;
			case '\u00bb', '\u203a', '\u300d', '\u300f':
				return Role.CLOSE;
			case '\u2018':
				return Role.OPEN;
			case '\u2019':
				return Role.CLOSE;
			default:
				break;
		}
		if (spaceBefore && wordAfter) {
			return Role.OPEN;
		}
		if (wordBefore && spaceAfter) {
			return Role.CLOSE;
		}
		if (c == '\u201c') {
			return Role.OPEN;
		}
		if (c == '\u201d') {
			return Role.CLOSE;
		}
		return Role.EITHER;
	}

	/**
	 * Marks next to each other (only spaces between) that can be one mark count as one.
	 */
	private static List<Mark> collapse(List<Mark> marks) {
		List<Mark> collapsed = new ArrayList<>();
		for (Mark mark : marks) {
			if (!collapsed.isEmpty()) {
				Mark last = collapsed.get(collapsed.size() - 1);
				if (mark.token() == last.token() + 1 && compatible(last.role(), mark.role())) {
					Role role = (last.role() == Role.EITHER) ? mark.role() : last.role();
					// an opening run starts at its last mark, a closing run ends at its
					// first
					int token = (role == Role.OPEN) ? mark.token() : last.token();
					collapsed.set(collapsed.size() - 1, new Mark(token, role));
					continue;
				}
			}
			collapsed.add(mark);
		}
		return collapsed;
	}

	private static boolean compatible(Role a, Role b) {
		return a == b || a == Role.EITHER || b == Role.EITHER;
	}

	private static List<BlockText.Span> pair(String text, List<Token> tokens, List<Mark> marks) {
		List<BlockText.Span> spans = new ArrayList<>();
		Mark open = null;
		int lastEnd = -1;
		for (Mark mark : marks) {
			if (open == null) {
				if (mark.role() == Role.CLOSE) {
					int first = sentenceStartBefore(tokens, mark.token(), lastEnd);
					if (first < mark.token()) {
						spans.add(span(text, tokens, -1, mark.token(), first));
						lastEnd = mark.token();
					}
				}
				else {
					open = mark;
				}
			}
			else if (mark.role() == Role.OPEN) {
				// opened again before closing: the first quotation ends where the next
				// begins
				spans.add(span(text, tokens, open.token(), -1, mark.token()));
				open = mark;
			}
			else {
				spans.add(span(text, tokens, open.token(), mark.token(), -1));
				lastEnd = mark.token();
				open = null;
			}
		}
		if (open != null) {
			spans.add(span(text, tokens, open.token(), -1, tokens.size()));
		}
		spans.removeIf((span) -> span.lastToken() < span.firstToken());
		return spans;
	}

	/**
	 * A span from its marks. Without a closing mark, it ends before token {@code limit};
	 * without an opening mark, it starts at token {@code limit}.
	 */
	private static BlockText.Span span(String text, List<Token> tokens, int open, int close, int limit) {
		int firstToken = (open >= 0) ? open + 1 : limit;
		int lastToken = (close >= 0) ? close - 1 : limit - 1;
		int contentStart = (open >= 0) ? tokens.get(open).end()
				: (firstToken < tokens.size() ? tokens.get(firstToken).start() : text.length());
		int contentEnd = (close >= 0) ? tokens.get(close).start()
				: (lastToken >= 0 && lastToken < tokens.size() ? tokens.get(lastToken).end() : contentStart);
		return new BlockText.Span(open, close, contentStart, Math.max(contentStart, contentEnd), firstToken, lastToken);
	}

	private static int sentenceStartBefore(List<Token> tokens, int index, int lastEnd) {
		for (int i = index - 1; i > lastEnd; i--) {
			if (tokens.get(i).endsSentence() || tokens.get(i).is(":")) {
				return i + 1;
			}
		}
		return lastEnd + 1;
	}

}
