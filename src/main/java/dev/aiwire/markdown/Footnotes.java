package dev.aiwire.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The links between a note's marker in the text and the note: {@code [^label]} with its
 * {@code [^label]:} definition (flexmark's footnotes syntax), and a superscript marker
 * ({@code <sup>2</sup>}) with the note paragraph that it opens. The note stays where the
 * editor put it; its marker links to it ({@code #fn-label}), and its number links back to
 * the first marker ({@code #fnref-label}). A marker without a note stays as written.
 */
final class Footnotes {

	static final NullableDataKey<Footnotes> KEY = new NullableDataKey<>("AIWIRE_FOOTNOTES");

	private static final Pattern SUPERSCRIPT_OPEN = Pattern.compile("(?i)<sup\\s*>");

	private static final Pattern SUPERSCRIPT_LABEL = Pattern.compile("\\s*(\\d{1,3}|[a-z])\\s*");

	/** Labels that were given the id of the first marker already. */
	private final Set<String> referenced = new HashSet<>();

	/**
	 * Links the superscript markers of a document to the note paragraphs they open.
	 * @param notes the note paragraphs, each opening with a marker
	 * @param body every top-level node of the body
	 */
	static void linkSuperscripts(Iterable<Node> notes, Iterable<Node> body) {
		Map<String, HtmlInline[]> opening = new HashMap<>();
		for (Node note : notes) {
			HtmlInline[] marker = superscript(note.getFirstChild());
			if (marker != null) {
				opening.putIfAbsent(label(marker), marker);
			}
		}
		if (opening.isEmpty()) {
			return;
		}
		Set<String> linked = new HashSet<>();
		for (Node top : body) {
			for (Node node : top.getDescendants()) {
				HtmlInline[] marker = superscript(node);
				if (marker == null || opening.get(label(marker)) == null || opening.get(label(marker))[0] == node) {
					continue;
				}
				String id = id(label(marker));
				String back = linked.add(id) ? " id=\"fnref-" + id + "\"" : "";
				marker[0]
					.setChars(BasedSequence.of("<sup class=\"footnote-ref\"" + back + "><a href=\"#fn-" + id + "\">"));
				marker[1].setChars(BasedSequence.of("</a></sup>"));
			}
		}
		opening.forEach((label, marker) -> {
			if (linked.contains(id(label))) {
				marker[0].setChars(
						BasedSequence.of("<sup id=\"fn-" + id(label) + "\"><a href=\"#fnref-" + id(label) + "\">"));
				marker[1].setChars(BasedSequence.of("</a></sup>"));
			}
		});
	}

	/**
	 * The opening tag, label text and closing tag of a superscript marker starting at a
	 * node.
	 */
	private static HtmlInline[] superscript(Node node) {
		if (node instanceof HtmlInline open && SUPERSCRIPT_OPEN.matcher(open.getChars()).matches()
				&& node.getNext() != null && SUPERSCRIPT_LABEL.matcher(node.getNext().getChars()).matches()
				&& node.getNext().getNext() instanceof HtmlInline close
				&& close.getChars().toString().equalsIgnoreCase("</sup>")) {
			return new HtmlInline[] { open, close };
		}
		return null;
	}

	private static String label(HtmlInline[] marker) {
		return marker[0].getNext().getChars().toString().strip();
	}

	/** The label as it can stand in an id: lower-case letters, digits and hyphens. */
	private static String id(String label) {
		String slug = Slugs.slugify(label, 40);
		return slug.isEmpty() ? "note" : slug;
	}

	/**
	 * Renders the markers and definitions of flexmark's footnotes syntax as linked notes.
	 */
	static final class Renderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(Footnote.class, this::marker),
					new NodeRenderingHandler<>(FootnoteBlock.class, this::note));
		}

		private void marker(Footnote node, NodeRendererContext context, HtmlWriter html) {
			String label = node.getText().toString();
			if (!node.isDefined()) {
				html.text("[^" + label + "]");
				return;
			}
			Footnotes state = KEY.get(context.getDocument());
			String id = id(label);
			String back = (state == null || state.referenced.add(id)) ? " id=\"fnref-" + id + "\"" : "";
			html.raw("<sup class=\"footnote-ref\"" + back + "><a href=\"#fn-" + id + "\">"
					+ Escaping.escapeHtml(label, false) + "</a></sup>");
		}

		private void note(FootnoteBlock node, NodeRendererContext context, HtmlWriter html) {
			String label = node.getText().toString();
			String id = id(label);
			String shown = Escaping.escapeHtml(label, false);
			String number = node.isReferenced()
					? "<sup id=\"fn-" + id + "\"><a href=\"#fnref-" + id + "\">" + shown + "</a></sup> "
					: "<sup id=\"fn-" + id + "\">" + shown + "</sup> ";
			boolean first = true;
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				if (first && child instanceof Paragraph paragraph) {
					html.line().raw("<p class=\"footnote\">").raw(number);
					context.renderChildren(paragraph);
					html.raw("</p>").line();
				}
				else {
					if (first) {
						html.line().raw("<p class=\"footnote\">").raw(number).raw("</p>").line();
					}
					context.render(child);
				}
				first = false;
			}
			if (first) {
				html.line().raw("<p class=\"footnote\">").raw(number).raw("</p>").line();
			}
		}

	}

}
