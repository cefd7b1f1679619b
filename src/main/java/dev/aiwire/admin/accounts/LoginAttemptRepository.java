package dev.aiwire.admin.accounts;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

	Optional<LoginAttempt> findByUsernameAndAddress(String username, String address);

	/**
	 * The row of a name and address, locked: two instances counting at once count twice.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from LoginAttempt a where a.username = ?1 and a.address = ?2")
	Optional<LoginAttempt> lockByUsernameAndAddress(String username, String address);

	@Modifying
	@Query("delete from LoginAttempt a where a.username = ?1 and a.address = ?2")
	int deleteByUsernameAndAddress(String username, String address);

}
