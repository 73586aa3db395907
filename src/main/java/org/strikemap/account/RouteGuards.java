package org.strikemap.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@link RouteGuard} before every Spring MVC handler. */
@Configuration(proxyBeanMethods = false)
class RouteGuards implements WebMvcConfigurer {

    private final RouteGuard guard;

    RouteGuards(RouteGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard);
    }
}
