package dev.aiwire.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} methods, such as the poll of the content version. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

}
