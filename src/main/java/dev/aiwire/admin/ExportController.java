package dev.aiwire.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import dev.aiwire.article.desk.ExportService;
import dev.aiwire.article.desk.ExportedFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every article outside the trash, as a zip of Markdown files that import back unchanged.
 */
@Controller
class ExportController {

	private final ExportService export;

	private final Clock clock;

	ExportController(ExportService export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	/**
	 * Streams the zip on the request's own thread: an asynchronous body would let the
	 * security filters and the writer touch the response headers from two threads at
	 * once.
	 */
	@GetMapping("/admin/export")
	void export(HttpServletResponse response) throws IOException {
		List<ExportedFile> files = this.export.export();
		String name = "aiwire-articles-" + LocalDate.now(this.clock) + ".zip";
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		write(files, response.getOutputStream());
	}

	private static void write(List<ExportedFile> files, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (ExportedFile file : files) {
				zip.putNextEntry(new ZipEntry(file.name()));
				zip.write(file.markdown().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}

}
