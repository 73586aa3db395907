package org.strikemap.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for the unversioned {@code /api/*}: Spring's filter hashes each 200 body and answers a matching
 * {@code If-None-Match} with 304 and no body. The versioned {@code /layers/*} need none: they never change.
 */
@Configuration
class ApiCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        // Weak: Tomcat will not compress a response that carries a strong ETag (gzip changes the bytes).
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns("/api/*");
        registration.setName("apiEtags");
        return registration;
    }
}
