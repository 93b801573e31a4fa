package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;

/** Every page on a tablet (768×1024): see {@link SmallScreenLayout}. */
class TabletLayoutBrowserTest extends SmallScreenLayout {

    @Test
    void everyPageFitsATabletAndEveryControlIsReachable() throws Exception {
        everyPageFitsAndEveryControlIsReachable(768, 1024);
    }
}
