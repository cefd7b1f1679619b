package dev.aiwire.admin;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every admin page shows: the editor signed in. */
@ControllerAdvice(basePackageClasses = AdminModel.class)
class AdminModel {

	@ModelAttribute("editorName")
	String editorName(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
