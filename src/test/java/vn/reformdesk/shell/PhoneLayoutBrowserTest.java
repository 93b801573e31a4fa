package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;

/** Every page on a phone (390×844): see {@link SmallScreenLayout}. */
class PhoneLayoutBrowserTest extends SmallScreenLayout {

    @Test
    void everyPageFitsAPhoneAndEveryControlIsReachable() throws Exception {
        everyPageFitsAndEveryControlIsReachable(390, 844);
    }
}
