package dev.aiwire.article.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The picture social networks show beside a link to an article that has none of its own:
 * a PNG card drawn with Java2D, the title on the site's paper with the outlet below it.
 * Cards are drawn once per version of an article and kept (a few megabytes at most).
 */
@Component
class SocialCards {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final int MARGIN = 80;

	private static final int MAX_LINES = 5;

	private static final Color PAPER = new Color(0xfd, 0xfc, 0xf9);

	private static final Color INK = new Color(0x1d, 0x1d, 0x1f);

	private static final Color MUTED = new Color(0x5b, 0x5b, 0x63);

	private static final Color ACCENT = new Color(0xa4, 0x26, 0x1b);

	private final Cache<String, byte[]> cards = Caffeine.newBuilder()
		.maximumWeight(32L * 1024 * 1024)
		.weigher((String key, byte[] png) -> png.length)
		.build();

	private final SiteProperties site;

	SocialCards(SiteProperties site) {
		this.site = site;
	}

	/** The card of this version of the article, as PNG bytes. */
	byte[] card(ReaderArticle article) {
		String key = article.id() + "@" + article.updatedAt();
		return this.cards.get(key, (ignored) -> draw(article.title(), this.site.name(), article.source()));
	}

	static byte[] draw(String title, String siteName, String credit) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(PAPER);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(ACCENT);
			g.fillRect(0, 0, WIDTH, 14);
			g.setFont(new Font(Font.SERIF, Font.BOLD, 40));
			g.drawString(siteName, MARGIN, MARGIN + 30);
			Font titleFont = new Font(Font.SERIF, Font.BOLD, 64);
			List<String> lines = wrap(title, g.getFontMetrics(titleFont), WIDTH - 2 * MARGIN);
			if (lines.size() > 4) {
				titleFont = new Font(Font.SERIF, Font.BOLD, 52);
				lines = wrap(title, g.getFontMetrics(titleFont), WIDTH - 2 * MARGIN);
			}
			g.setFont(titleFont);
			g.setColor(INK);
			FontMetrics metrics = g.getFontMetrics();
			int y = MARGIN + 110 + metrics.getAscent();
			for (String line : lines) {
				g.drawString(line, MARGIN, y);
				y += (int) (metrics.getHeight() * 1.05);
			}
			g.setColor(ACCENT);
			g.setStroke(new BasicStroke(3));
			g.drawLine(MARGIN, HEIGHT - MARGIN - 50, MARGIN + 120, HEIGHT - MARGIN - 50);
			g.setColor(MUTED);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
			if (credit != null) {
				g.drawString(credit, MARGIN, HEIGHT - MARGIN);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/**
	 * The title in lines that fit the width, at most {@value #MAX_LINES}, the last one
	 * ended by "…" when cut.
	 */
	static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = text.strip().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
			if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
				line = new StringBuilder(candidate);
				continue;
			}
			lines.add(line.toString());
			line = new StringBuilder(words[i]);
			if (lines.size() == MAX_LINES) {
				String last = lines.remove(MAX_LINES - 1);
				while (metrics.stringWidth(last + " …") > width && last.contains(" ")) {
					last = last.substring(0, last.lastIndexOf(' '));
				}
				lines.add(last + " …");
				return lines;
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
