package dev.aiwire.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * Where each sentence starts inside the text nodes of a document, and the renderer that
 * writes an empty {@code <span id="s-12" class="s">} there, so that a timeline entry can
 * link to its sentence without changing how the text reads.
 */
final class SentenceAnchors {

	static final NullableDataKey<SentenceAnchors> KEY = new NullableDataKey<>("AIWIRE_SENTENCE_ANCHORS");

	/**
	 * The typography of the document's language, applied to running text (never to code).
	 */
	static final NullableDataKey<Typography> TYPOGRAPHY = new NullableDataKey<>("AIWIRE_TYPOGRAPHY");

	private final Map<Node, List<Anchor>> anchors = new IdentityHashMap<>();

	private record Anchor(int offset, String id) {
	}

	void add(Node text, int offset, String id) {
		this.anchors.computeIfAbsent(text, key -> new ArrayList<>()).add(new Anchor(offset, id));
	}

	/** Renders text nodes with the anchors of the sentences that start in them. */
	static final class Renderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
		}

		private void render(Text node, NodeRendererContext context, HtmlWriter html) {
			String text = TextCollector.textOf(node);
			Typography typography = TYPOGRAPHY.get(context.getDocument());
			if (typography != null && node.getAncestorOfType(Code.class) == null) {
				text = typography.apply(text);
			}
			SentenceAnchors all = KEY.get(context.getDocument());
			List<Anchor> here = (all != null) ? all.anchors.get(node) : null;
			if (here == null) {
				html.text(text);
				return;
			}
			int position = 0;
			for (Anchor anchor : here) {
				int offset = Math.min(Math.max(anchor.offset(), position), text.length());
				html.text(text.substring(position, offset));
				html.raw("<span id=\"" + anchor.id() + "\" class=\"s\"></span>");
				position = offset;
			}
			html.text(text.substring(position));
		}

	}

}
