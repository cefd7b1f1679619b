package dev.aiwire.admin;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, String> {

}
