package dev.aiwire.admin.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EditorRepository extends JpaRepository<Editor, Long> {

	Optional<Editor> findByUsernameIgnoreCase(String username);

	List<Editor> findAllByOrderByUsername();

	/**
	 * Every editor, locked until the end of the transaction: two editors disabling each
	 * other at once, on two instances, must not leave nobody able to sign in.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Editor e order by e.id")
	List<Editor> lockAll();

	List<Editor> findByGeneratedPasswordTrueAndEnabledTrue();

}
