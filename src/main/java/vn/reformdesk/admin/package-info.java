/** Administration pages for the ADMIN role: accounts and their unit scope. */
@NullMarked
package vn.reformdesk.admin;

import org.jspecify.annotations.NullMarked;
