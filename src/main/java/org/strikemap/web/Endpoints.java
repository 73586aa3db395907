package org.strikemap.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Which methods a path answers, read from the application's own request mappings (so a new endpoint needs no entry
 * here): empty when no endpoint of ours matches the path. Catch-alls that only turn unknown paths into 404
 * ({@code /api/**}, {@code /error}) are not endpoints. Limits: mappings without a method restriction count as
 * accepting every method.
 */
@Component
class Endpoints {

    private static final Set<String> CATCH_ALLS = Set.of("/api/**", "/error");

    private record Mapping(List<PathPattern> patterns, Set<RequestMethod> methods) {
    }

    private final ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings;
    private final AtomicReference<List<Mapping>> mappings = new AtomicReference<>();

    Endpoints(ObjectProvider<RequestMappingInfoHandlerMapping> handlerMappings) {
        this.handlerMappings = handlerMappings;
    }

    Optional<Set<HttpMethod>> allowed(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<HttpMethod> allowed = new LinkedHashSet<>();
        boolean matched = false;
        for (Mapping mapping : mappings()) {
            if (mapping.patterns().stream().anyMatch(pattern -> pattern.matches(container))) {
                if (mapping.methods().isEmpty()) {
                    return Optional.empty();
                }
                matched = true;
                mapping.methods().forEach(method -> addAnswering(method, allowed));
            }
        }
        return matched ? Optional.of(allowed) : Optional.empty();
    }

    /** A GET endpoint answers HEAD too (Spring writes the headers without the body). */
    private static void addAnswering(RequestMethod method, Set<HttpMethod> into) {
        into.add(method.asHttpMethod());
        if (method == RequestMethod.GET) {
            into.add(HttpMethod.HEAD);
        }
    }

    private List<Mapping> mappings() {
        List<Mapping> known = mappings.get();
        if (known == null) {
            known = handlerMappings.orderedStream()
                    .flatMap(handlerMapping -> handlerMapping.getHandlerMethods().keySet().stream())
                    .filter(info -> info.getPathPatternsCondition() != null)
                    .map(Endpoints::mapping)
                    .filter(mapping -> !mapping.patterns().isEmpty())
                    .toList();
            mappings.set(known);
        }
        return known;
    }

    private static Mapping mapping(RequestMappingInfo info) {
        List<PathPattern> patterns = info.getPathPatternsCondition().getPatterns().stream()
                .filter(pattern -> !CATCH_ALLS.contains(pattern.getPatternString())).toList();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of()
                : EnumSet.copyOf(info.getMethodsCondition().getMethods());
        return new Mapping(patterns, methods);
    }
}
