package dev.aiwire.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security takes the form it posts. */
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String show() {
		return "admin/login";
	}

}
