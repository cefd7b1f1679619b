package dev.aiwire.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds where the outlet's footer begins at the end of an article: the promotional lines,
 * the invitation to follow a WeChat account, a contact address, links back to the
 * original and to comments. The footer is recognised by its position and its shape: a run
 * of short blocks at the very end (possibly opened by a horizontal rule), each of which
 * is shaped like a footer line: a label ("Contact :", "Original article:"), an address or
 * a link, an invitation to follow or subscribe, a rights notice, a line saying where the
 * article comes from. Its words are matched as whole words: "Republicans" is no
 * republication notice, "subscribers" no invitation.
 */
final class FooterDetector {

	/** No letter or digit just before. */
	private static final String B0 = "(?<![\\p{L}\\p{N}])";

	/** No letter or digit just after. */
	private static final String B1 = "(?![\\p{L}\\p{N}])";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** A label that opens a footer line: "Contact :", "Article original :", "Tips:". */
	private static final Pattern LABEL = Pattern.compile("^[\\s*_]*(?:[\\p{L}\\p{N}()（）·\\s]{0,30}[—–-]\\s*)?"
			+ "(?:source|sources|via|crédits?|credits?|contact(?:\\s+(?:rédaction|de\\s+la\\s+rédaction|éditorial"
			+ "|the\\s+(?:editors|newsroom)))?|courriel|e-?mail|commentaires?|comments?|feedback|tips|story\\s+tips"
			+ "|submissions(?:\\s+and\\s+tips)?|reprints?|partenariats(?:\\s+et\\s+droits)?|business\\s+cooperation"
			+ "|(?:lien\\s+(?:vers\\s+l'|de\\s+l')?)?article\\s+original|original(?:\\s+(?:article|link|story|post|text))?"
			+ "|texte\\s+original|version\\s+originale|lien\\s+d'origine|lire\\s+l'original|read\\s+the\\s+original)"
			+ "(?:\\s*\\([^)]{0,30}\\))?\\s*:", FLAGS);

	/**
	 * What a footer line says, each as whole words: where to follow the outlet, an
	 * invitation, where the article comes from and its rights, an address. A body's word
	 * that merely contains one ("Republicans", "subscribers", "WeChat's users") is none
	 * of these.
	 */
	private static final Pattern CUES = Pattern.compile(B0 + "(?:"
	// where to follow the outlet
			+ "(?:official\\s+)?wechat\\s+(?:official\\s+)?account|official\\s+account|compte\\s+(?:public\\s+)?wechat"
			+ "|compte\\s+officiel|wechat\\s*(?:\\(\\s*id|id\\s*:|:)|newsletter|qr\\s+code|code\\s+qr"
			+ "|(?:follow|suivez|retrouvez|search)\\s+[^.;]{0,40}?(?:on|sur)\\s+(?:wechat|weibo)"
			// invitations
			+ "|suivez(?:-nous|\\s+(?:le|la|notre|nos)\\s)|abonnez-vous|scannez|retrouvez-nous|rejoignez-nous"
			+ "|follow\\s+(?:us|our)|subscribe\\s+to\\s+(?:us|our)|scan\\s+the|écrivez-nous|contactez(?:-nous)?|nous\\s+contacter"
			+ "|contact\\s+us|partager\\s+sur|share\\s+on|(?:contact|e-?mail|courriel|commentaires?|comments?)\\s*:"
			// where the article comes from, and its rights
			+ "|article\\s+original|texte\\s+original|version\\s+originale|original\\s+(?:article|link|story|post|text)"
			+ "|lien\\s+(?:vers\\s+l'|de\\s+l')?(?:article\\s+)?original|lire\\s+l'original|read\\s+the\\s+original"
			+ "|lien\\s+d'origine|(?:cet\\s+article|this\\s+article)\\s+(?:est|a\\s+été|is|was|first)"
			+ "|(?:publié|traduit|translated|published|republié)[^.;]{0,40}?(?:with|avec)\\s+(?:permission|(?:son\\s+|l')?"
			+ "(?:accord|autorisation))|republication|republished|reprints?"
			// "reproduction interdite", "reproduction without authorisation is
			// prohibited"
			+ "|reproduction\\s+(?:(?:without|sans)\\s+[^.;]{0,30}?)?(?:is\\s+|est\\s+)?(?:interdite|soumise|requires"
			+ "|prohibited|forbidden|not\\s+(?:permitted|allowed))|pour\\s+toute\\s+(?:demande\\s+de\\s+)?reproduction|unauthori[sz]ed\\s+reproduction"
			+ "|tous\\s+droits|all\\s+rights\\s+reserved|copyright\\s*(?:©|\\d{4})" + ")" + B1
			+ "|©|微信|公众号|关注我们|扫码|二维码|原文链接|转载|版权"
			// an address
			+ "|[\\w.+-]+@[\\w-]+\\.[\\w.]+", FLAGS);

	private static final int MAX_FOOTER_WORDS = 60;

	private static final int MAX_BRIDGE_WORDS = 25;

	private FooterDetector() {
	}

	/**
	 * The index in {@code nodes} of the first footer block, or {@code nodes.size()} when
	 * the article has no footer.
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

	/**
	 * Whether a block is shaped like a footer line: a label opens it, or it holds a
	 * footer's words.
	 */
	static boolean isFooterLike(String text) {
		String stripped = text.strip().toLowerCase(Locale.ROOT);
		return LABEL.matcher(stripped).find() || CUES.matcher(stripped).find();
	}

	private static int wordCount(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
