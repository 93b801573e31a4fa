/** Where the data lives: an embedded PostgreSQL when no server is configured, otherwise the configured one. */
@NullMarked
package vn.reformdesk.database;

import org.jspecify.annotations.NullMarked;
