package dev.aiwire.admin.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security takes the form it posts. After a refusal for
 * throttling, the page says how long to wait.
 */
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String show(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object refused = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (refused instanceof SignInThrottledException throttled && request.getParameter("wait") != null) {
			model.addAttribute("waitSeconds", throttled.waitSeconds());
		}
		return "admin/login";
	}

}
