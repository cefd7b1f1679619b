package dev.aiwire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture as a test: the module map of {@code package-info.java} (Spring
 * Modulith), the parts inside the article module, which may only depend on the parts
 * below them, and the rule that other modules refer to an article by its id. Writes the
 * module documentation (PlantUML diagrams and AsciiDoc canvases) into
 * {@code docs/modules}.
 */
class ModularityTests {

	/** Main classes only, whatever folder the build writes the test classes to. */
	private static final ImportOption MAIN_CLASSES = (location) -> !location.contains("/test-classes/");

	private final ApplicationModules modules = ApplicationModules.of(AiwireApplication.class, MAIN_CLASSES);

	private final JavaClasses classes = new ClassFileImporter().withImportOption(MAIN_CLASSES)
		.importPackages("dev.aiwire");

	@Test
	void modulesOnlyDependOnWhatTheModuleMapAllows() {
		this.modules.verify();
	}

	@Test
	void thePartsOfTheArticleModuleOnlyDependOnThePartsBelowThem() {
		// the stored article and the API, then publishing, then the editors' desk; the
		// reader's web beside them, on the API alone
		noClasses().that()
			.resideInAPackage("dev.aiwire.article")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.aiwire.article.publishing..", "dev.aiwire.article.desk..",
					"dev.aiwire.article.web..")
			.because("the article and its catalogue are what every part builds on")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("dev.aiwire.article.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.aiwire.article.publishing..", "dev.aiwire.article.desk..",
					"dev.aiwire.article.web..")
			.because("the stored article knows nothing of who writes or reads it")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("dev.aiwire.article.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.aiwire.article.store..")
			.because("readers' pages read the catalogue's records, never the entities")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("dev.aiwire.article.publishing..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.aiwire.article.desk..", "dev.aiwire.article.web..")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("dev.aiwire.article.desk..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.aiwire.article.web..")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("dev.aiwire.article.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.aiwire.article.publishing..", "dev.aiwire.article.desk..")
			.because("readers' pages read the catalogue, never the pipeline or the editors' services")
			.check(this.classes);
	}

	@Test
	void otherModulesReferToAnArticleByIdNeverByItsEntitiesOrRepositories() {
		noClasses().that()
			.resideOutsideOfPackage("dev.aiwire.article..")
			.should()
			.dependOnClassesThat(resideInAPackage("dev.aiwire.article..")
				.and(annotatedWith(Entity.class).or(assignableTo(Repository.class))))
			.check(this.classes);
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		Path folder = Path.of(System.getProperty("basedir", "."), "docs", "modules");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.write(file, inStableOrder(Files.readAllLines(file)));
			}
		}
	}

	/**
	 * The lines of a written document with each run of relations, components or list
	 * items in alphabetical order: the documenter lists them in no fixed order, and an
	 * unchanged module map must leave {@code docs/modules} unchanged.
	 */
	private static List<String> inStableOrder(List<String> lines) {
		List<String> ordered = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String kind = kindOf(lines.get(i), true);
			int end = i + 1;
			while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end), false))) {
				end++;
			}
			List<String> run = new ArrayList<>(lines.subList(i, end));
			boolean firstOfTable = run.get(0).startsWith("|");
			if (firstOfTable) {
				run.set(0, run.get(0).substring(1));
			}
			if (kind != null) {
				Collections.sort(run);
			}
			if (firstOfTable) {
				run.set(0, "|" + run.get(0));
			}
			ordered.addAll(run);
			i = end;
		}
		return ordered;
	}

	private static String kindOf(String line, boolean first) {
		String item = (first && line.startsWith("|* `")) ? line.substring(1) : line;
		for (String kind : List.of("Rel(", "    Component(", "* `")) {
			if (item.startsWith(kind)) {
				return kind;
			}
		}
		return null;
	}

}
