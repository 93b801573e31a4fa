package vn.reformdesk.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} work: the daily reminder run. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
