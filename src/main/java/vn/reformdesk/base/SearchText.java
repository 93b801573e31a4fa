package vn.reformdesk.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How typed search text meets names: case and Vietnamese diacritics do not matter ("vinh hanh" finds
 * "Xã Vĩnh Hanh", "CHAU THANH" finds "Huyện Châu Thành", "đ"/"Đ" count as "d"), and a code matches from its
 * start ("892" finds the district 892). The database does the same for the unit search with the function
 * {@code search_fold(text)} (migration V145, {@code unaccent} then {@code lower}); {@code SearchTextTest}
 * checks that both agree on every seeded unit name. See docs/decisions/2026-11-30-search-without-diacritics.md.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The text without diacritics, with đ as d, in lower case. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT);
    }

    /** What the user typed, folded, trimmed and with single spaces: the form to compare with folded names. */
    public static String query(String typed) {
        return SPACES.matcher(fold(typed).trim()).replaceAll(" ");
    }

    /** Whether a name contains, or a code starts with, the typed text (null names and codes never match). */
    public static boolean matches(String typed, String code, String... names) {
        String q = query(typed);
        if (q.isEmpty()) {
            return true;
        }
        if (code != null && code.startsWith(typed.trim())) {
            return true;
        }
        for (String name : names) {
            if (name != null && SPACES.matcher(fold(name)).replaceAll(" ").contains(q)) {
                return true;
            }
        }
        return false;
    }
}
