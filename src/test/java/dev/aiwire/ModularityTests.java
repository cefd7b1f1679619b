package dev.aiwire;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AiwireApplication.class);

	@Test
	void modulesOnlyDependOnWhatTheModuleMapAllows() {
		this.modules.verify();
	}

}
