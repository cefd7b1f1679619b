package dev.aiwire.admin.accounts;

import dev.aiwire.admin.AdminProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The first editor: from the configuration, or with a random password logged once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstEditorTests {

	private final EditorAccounts accounts = mock(EditorAccounts.class);

	private static AdminProperties properties(String password) {
		return new AdminProperties("admin", password, DataSize.ofMegabytes(2));
	}

	@Test
	void withoutAPasswordTheFirstStartGeneratesOneAndLogsItClearly(CapturedOutput output) {
		given(this.accounts.isEmpty()).willReturn(true);
		new FirstEditor(this.accounts, properties(null)).run(null);
		ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
		verify(this.accounts).addWithGeneratedPassword(org.mockito.ArgumentMatchers.eq("admin"), password.capture());
		assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(output).contains("user name: admin").contains("password:  " + password.getValue());
	}

	@Test
	void eachStartGeneratesADifferentPassword() {
		assertThat(FirstEditor.randomPassword()).isNotEqualTo(FirstEditor.randomPassword());
	}

	@Test
	void withEditorsAlreadyAndNoPasswordNothingIsCreatedOrLogged(CapturedOutput output) {
		given(this.accounts.isEmpty()).willReturn(false);
		new FirstEditor(this.accounts, properties("")).run(null);
		verify(this.accounts, never()).addWithGeneratedPassword(anyString(), anyString());
		assertThat(output).doesNotContain("password:");
	}

	@Test
	void aConfiguredPasswordIsAppliedAndNeverLogged(CapturedOutput output) {
		new FirstEditor(this.accounts, properties("le mot de passe configuré")).run(null);
		verify(this.accounts).ensure("admin", "le mot de passe configuré");
		assertThat(output).doesNotContain("le mot de passe configuré");
	}

}
