package dev.aiwire.admin.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an editor who was just disabled or removed, on every instance: the
 * sessions live in the database, indexed by the editor's name.
 */
@Component
class EditorSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	EditorSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void end(String username) {
		this.sessions.ifAvailable(repository -> endAll(repository, username));
	}

	private static <S extends Session> void endAll(FindByIndexNameSessionRepository<S> repository, String username) {
		repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
	}

}
