package dev.aiwire.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backup and restore of the H2 database, run as a command of the packaged portal (see the
 * README): with {@code write-to} it writes a backup, with {@code restore-from} it
 * replaces the database's content with a backup's. Neither is set when the portal serves
 * pages.
 *
 * @param writeTo where to write a gzipped SQL script of the whole database
 * @param restoreFrom a script written by {@code write-to}, to load into this instance's
 * database
 */
@ConfigurationProperties("aiwire.backup")
record BackupProperties(Path writeTo, Path restoreFrom) {
}
