package dev.aiwire.markdown;

import java.util.IdentityHashMap;
import java.util.Map;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The plain text of a node, as a reader sees it, with where each {@link Text} node starts
 * in it so that sentence anchors can be placed back into the rendered HTML.
 */
final class TextCollector {

	private final StringBuilder text = new StringBuilder();

	private final Map<Node, Integer> textStarts = new IdentityHashMap<>();

	static String plainText(Node node) {
		TextCollector collector = new TextCollector();
		collector.collect(node);
		return collector.text();
	}

	void collect(Node node) {
		if (node instanceof Text) {
			this.textStarts.put(node, this.text.length());
			this.text.append(textOf((Text) node));
			return;
		}
		if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			this.text.append(' ');
			return;
		}
		if (node instanceof Code code) {
			this.text.append(code.getText().unescape());
			return;
		}
		if (node instanceof HtmlEntity) {
			this.text.append(Escaping.unescapeHtml(node.getChars()));
			return;
		}
		if (node instanceof HtmlInline || node instanceof Image || node instanceof AttributesNode
				|| node instanceof Footnote note && note.isDefined()) {
			return;
		}
		boolean block = node instanceof Block && node.getParent() != null;
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			collect(child);
		}
		if (block && this.text.length() > 0 && this.text.charAt(this.text.length() - 1) != '\n') {
			this.text.append('\n');
		}
	}

	String text() {
		return this.text.toString().strip();
	}

	/**
	 * The raw, untrimmed text collected so far, whose offsets match
	 * {@link #textStarts()}.
	 */
	String rawText() {
		return this.text.toString();
	}

	Map<Node, Integer> textStarts() {
		return this.textStarts;
	}

	static String textOf(Text node) {
		return Escaping.normalizeEOL(node.getChars().unescape());
	}

}
