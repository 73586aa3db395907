package org.strikemap;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.strikemap.ingest.MapSlug;

/**
 * The reserved slugs are the routes' own words: every page (Vaadin {@code @Route}, {@code @RouteAlias}) and every
 * endpoint (Spring's request mappings) of the app is read from its annotations, and wherever one route has a map's
 * slug in a place ({@code edit/:slug/import}, {@code /maps/{slug}/embed}) and another has a fixed word in that same
 * place after the same words ({@code edit/people}), that word must be in {@link MapSlug#RESERVED}: a map called so
 * would have an address its own page or API answers otherwise.
 */
class ReservedSlugsTest {

    private static final String SLUG = "slug";

    @Test
    void everyWordARouteUsesWhereASlugStandsIsReserved() throws Exception {
        List<List<String>> routes = routes();
        assertThat(routes).as("the scan found the app's pages and endpoints")
                .anySatisfy(route -> assertThat(route).containsExactly("maps", ":slug"))
                .anySatisfy(route -> assertThat(route).containsExactly("edit", "people"));
        Map<String, String> colliding = new TreeMap<>();
        for (List<String> withSlug : routes) {
            int at = withSlug.indexOf(":" + SLUG);
            if (at < 0) {
                continue;
            }
            List<String> before = withSlug.subList(0, at);
            for (List<String> other : routes) {
                if (other.size() > at && other.subList(0, at).equals(before) && !other.get(at).startsWith(":")) {
                    colliding.put(other.get(at), "/" + String.join("/", other) + " beside /" + String.join("/", withSlug));
                }
            }
        }
        assertThat(colliding).as("words used where a slug stands").containsKeys("account", "audit", "people");
        assertThat(colliding.keySet()).as("each must be in MapSlug.RESERVED: %s", colliding)
                .isSubsetOf(MapSlug.RESERVED);
        colliding.keySet().forEach(word -> assertThat(MapSlug.problem(word)).as(word).isPresent());
    }

    /** Every route's segments, parameters written {@code :name} whichever framework declared them. */
    private static List<List<String>> routes() throws Exception {
        List<List<String>> routes = new ArrayList<>();
        for (Class<?> view : classes(Route.class)) {
            routes.add(segments(view.getAnnotation(Route.class).value()));
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.add(segments(alias.value()));
            }
        }
        for (Class<?> controller : classes(Controller.class)) {
            RequestMapping root = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            List<String> prefixes = root == null || root.path().length == 0 ? List.of("") : Arrays.asList(root.path());
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                for (String prefix : prefixes) {
                    for (String path : mapping.path()) {
                        routes.add(segments(prefix + "/" + path));
                    }
                }
            }
        }
        return routes;
    }

    private static List<Class<?>> classes(Class<? extends java.lang.annotation.Annotation> annotation) throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scan.findCandidateComponents(StrikeMapApplication.class.getPackageName())) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        return found;
    }

    private static List<String> segments(String route) {
        return Arrays.stream(route.split("/")).filter(segment -> !segment.isEmpty()).map(segment -> {
            if (segment.startsWith(":")) {
                return ":" + segment.substring(1).split("[?*(]", 2)[0];
            }
            if (segment.startsWith("{")) {
                return ":" + segment.substring(1, segment.length() - 1).split(":", 2)[0];
            }
            return segment;
        }).toList();
    }
}
