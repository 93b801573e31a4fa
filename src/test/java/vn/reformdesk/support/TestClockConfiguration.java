package vn.reformdesk.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** Puts a {@link TestClock} into the one test context (profile "test"); inject {@code TestClock} to move it. */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
