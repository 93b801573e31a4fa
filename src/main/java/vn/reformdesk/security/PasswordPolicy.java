package vn.reformdesk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.UserFacingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least {@code reformdesk.password.min-length} characters (12; demo mode
 * lowers it to 8 for its published demo password), at most 128, not made of the user name, not one
 * character repeated, and not a common password with digits or punctuation added at the end
 * ({@code security/common-passwords.txt}).
 */
@Component
public class PasswordPolicy {

    static final int MAX_LENGTH = 128;
    private final int minLength;
    private final boolean checkCommon;
    private final Set<String> common;

    PasswordPolicy(@Value("${reformdesk.password.min-length:12}") int minLength,
                   @Value("${reformdesk.password.check-common:true}") boolean checkCommon) {
        this.minLength = minLength;
        this.checkCommon = checkCommon;
        this.common = load();
    }

    public int minLength() {
        return minLength;
    }

    /** Refuses a password that breaks the policy, with a message key on the field {@code password}. */
    public void check(String username, String password) {
        if (password.length() < minLength) {
            throw UserFacingException.onField("password", "security.password.too-short", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw UserFacingException.onField("password", "security.password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2
                || (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            throw UserFacingException.onField("password", "security.password.guessable");
        }
        if (checkCommon && common.contains(lower.replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", ""))) {
            throw UserFacingException.onField("password", "security.password.common");
        }
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
