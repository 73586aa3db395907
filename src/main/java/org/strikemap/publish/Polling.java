package org.strikemap.publish;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link PublishedMaps#refresh()} on its schedule, so versions published by other instances reach this one. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Polling {
}
