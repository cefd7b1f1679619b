package dev.aiwire.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.aiwire.article.ExportService;
import dev.aiwire.article.ExportedFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every article outside the trash, as a zip of Markdown files that import back unchanged. */
@Controller
class ExportController {

	private final ExportService export;

	private final Clock clock;

	ExportController(ExportService export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/admin/export")
	ResponseEntity<StreamingResponseBody> export() {
		List<ExportedFile> files = this.export.export();
		String name = "aiwire-articles-" + LocalDate.now(this.clock) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out -> write(files, out));
	}

	static void write(List<ExportedFile> files, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (ExportedFile file : files) {
				zip.putNextEntry(new ZipEntry(file.name()));
				zip.write(file.markdown().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}

}
