package dev.aiwire.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.MarkdownParser;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Markdown as it arrives from the admin's forms: an uploaded file read as strict UTF-8,
 * or text from a textarea, with the line endings browsers add made plain, and the size
 * limit applied.
 */
final class Markdowns {

	private Markdowns() {
	}

	/**
	 * The text of an uploaded file.
	 * @throws MaxUploadSizeExceededException over the limit
	 * @throws DocumentException when the file is empty or not UTF-8 text
	 */
	static String fromFile(MultipartFile file, long maxBytes) throws java.io.IOException {
		if (file.getSize() > maxBytes) {
			throw new MaxUploadSizeExceededException(maxBytes);
		}
		byte[] bytes = file.getBytes();
		if (bytes.length == 0) {
			throw MarkdownParser.empty();
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return plain(text);
		}
		catch (CharacterCodingException ex) {
			throw new DocumentException(null, 0, DocumentException.Place.FILE, "document.notUtf8",
					"the file is not UTF-8 text: save it as UTF-8 and try again");
		}
	}

	/**
	 * Text from a form field.
	 * @throws MaxUploadSizeExceededException over the limit
	 */
	static String fromField(String text, long maxBytes) {
		if (text == null) {
			return "";
		}
		if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
			throw new MaxUploadSizeExceededException(maxBytes);
		}
		return plain(text);
	}

	/**
	 * Line endings as Unix writes them, so that saving an unchanged text changes nothing.
	 */
	private static String plain(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

}
