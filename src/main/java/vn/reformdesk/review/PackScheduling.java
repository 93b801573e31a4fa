package vn.reformdesk.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the daily run that makes the scheduled briefing packs. */
@Configuration
@EnableScheduling
class PackScheduling {
}
