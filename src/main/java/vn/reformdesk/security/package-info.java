/** Users, roles, login and the current user. Unit scope checks live with the units. */
@NullMarked
package vn.reformdesk.security;

import org.jspecify.annotations.NullMarked;
