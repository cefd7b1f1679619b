package dev.aiwire.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker, run in-process: the same parser, schema and checks as the
 * validator's web service, without the network. Reports errors; warnings are left out.
 */
final class NuHtmlChecker {

	private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

	private final List<String> errors = new ArrayList<>();

	private final SimpleDocumentValidator validator;

	NuHtmlChecker() throws Exception {
		this.validator = new SimpleDocumentValidator(false, false, false);
		ErrorHandler collector = new ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				report(exception);
			}

			@Override
			public void fatalError(SAXParseException exception) {
				report(exception);
			}
		};
		this.validator.setUpMainSchema(SCHEMA, collector);
		this.validator.setUpValidatorAndParsers(collector, true, false);
	}

	private void report(SAXParseException exception) {
		this.errors.add("line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
				+ exception.getMessage());
	}

	/** The errors of an HTML document; empty when it is valid. */
	synchronized List<String> errors(String html) throws Exception {
		this.errors.clear();
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setSystemId("http://localhost/page");
		this.validator.checkHtmlInputSource(source);
		return List.copyOf(this.errors);
	}

}
