package dev.aiwire.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds where the outlet's footer begins at the end of an article: the promotional lines, the
 * invitation to follow a WeChat account, a contact address, links back to the original and to
 * comments. The footer is a run of short blocks at the very end, each of which says one of these
 * things, possibly opened by a horizontal rule.
 */
final class FooterDetector {

	private static final Pattern FOOTER_LIKE = Pattern.compile(String.join("|",
			"wechat", "weixin", "微信", "公众号", "关注我们", "扫码", "二维码", "原文链接", "转载", "版权",
			"abonnez", "suivez[- ]nous", "suivez (le|notre|la) ", "suivre (le|notre) compte", "newsletter",
			"follow (us|our)", "subscribe", "scan the", "qr code", "code qr",
			"contact\\s*:", "contactez", "nous contacter", "contact us", "courriel", "e-mail\\s*:", "email\\s*:",
			"[\\w.+-]+@[\\w-]+\\.[\\w.]+",
			"article original", "texte original", "version originale", "lien (vers l'|de l')?(article )?original",
			"lire l'original", "original (article|link|story|post|text)", "read the original", "lien d'origine",
			"^source\\s*:", "^sources\\s*:", "^via\\s*:", "^crédit", "^credits?\\s*:",
			"commentaires?\\s*:", "comments?\\s*:", "laissez un commentaire", "leave a comment",
			"©", "copyright", "tous droits", "all rights reserved", "reproduction (interdite|soumise)",
			"republi", "reprint"));

	private static final int MAX_FOOTER_WORDS = 60;

	private static final int MAX_BRIDGE_WORDS = 25;

	private FooterDetector() {
	}

	/**
	 * The index in {@code nodes} of the first footer block, or {@code nodes.size()} when the
	 * article has no footer.
	 */
	static int footerStart(List<Node> nodes) {
		int start = nodes.size();
		int bridged = 0;
		for (int i = nodes.size() - 1; i >= 0; i--) {
			Node node = nodes.get(i);
			if (node instanceof Heading) {
				break;
			}
			if (node instanceof ThematicBreak) {
				if (start < nodes.size() || i == nodes.size() - 1) {
					start = i;
				}
				break;
			}
			String text = TextCollector.plainText(node);
			int words = wordCount(text);
			if (words <= MAX_FOOTER_WORDS && isFooterLike(text)) {
				start = i;
				bridged = 0;
				continue;
			}
			if (words <= MAX_BRIDGE_WORDS && bridged < 2 && i > 0) {
				bridged++;
				continue;
			}
			break;
		}
		if (start > 0 && start < nodes.size() && nodes.get(start - 1) instanceof ThematicBreak) {
			start--;
		}
		return start;
	}

	static boolean isFooterLike(String text) {
		return FOOTER_LIKE.matcher(text.strip().toLowerCase(Locale.ROOT)).find();
	}

	private static int wordCount(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
