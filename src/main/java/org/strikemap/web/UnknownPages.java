package org.strikemap.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strikemap.map.ShownMaps;
import org.strikemap.share.Echo;

/**
 * Answers 404 with the {@link ErrorPage} for an address that reaches Vaadin's servlet (Spring forwards every path no
 * endpoint claims to it) but names no route, no static file and no request of Vaadin's own UI: without it Vaadin
 * answers 200 with its page, opens a session and a UI, and shows "Could not navigate". Limits: only on the Vaadin
 * servlet; Vaadin's own requests carry {@code v-r}, or name a file of its bundle or its dynamic resources.
 */
@Configuration(proxyBeanMethods = false)
class UnknownPages {

    /** Vaadin's servlet as Vaadin's Spring integration names it. */
    private static final String VAADIN_SERVLET = "springServlet";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unknownPagesFilter(VaadinRoutes routes, Replies replies,
                                                                     ShownMaps shownMaps) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Filter(routes, replies, shownMaps));
        registration.addServletNames(VAADIN_SERVLET);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        registration.setName("strikemapUnknownPages");
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        private static final Pattern MAP_PAGE = Pattern.compile("/maps/([^/]+)/?");

        private final VaadinRoutes routes;
        private final Replies replies;
        private final ShownMaps shownMaps;

        Filter(VaadinRoutes routes, Replies replies, ShownMaps shownMaps) {
            this.routes = routes;
            this.replies = replies;
            this.shownMaps = shownMaps;
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return true;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if ("init".equals(request.getParameter("v-r"))) {
                startOfAPage(request, response, chain);
                return;
            }
            String version = request.getParameter(ShownMaps.PARAMETER);
            if (vaadinOwn(request, path) || page(request, path, version)) {
                chain.doFilter(request, response);
                return;
            }
            String message = version != null && knownMap(path, null)
                    ? "There is no version " + Echo.of(version) + " of this map; the latest is at the link below."
                    : "There is no page at " + Echo.of(path) + " on this site; the map is at the link below.";
            ClientErrors.log(request, HttpStatus.NOT_FOUND.value(), "no such page");
            replies.send(request, response, HttpStatus.NOT_FOUND, message);
        }

        /**
         * A view start must name the page it is for ({@code location}, a route): otherwise Vaadin would open a session
         * only to answer with an error, so it is answered here, with none.
         */
        private void startOfAPage(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String location = request.getParameter("location");
            if (location == null) {
                ClientErrors.log(request, HttpStatus.BAD_REQUEST.value(), "a view start without its location");
                replies.send(request, response, HttpStatus.BAD_REQUEST,
                        "A view can only be started for a page of this site (expected its location).");
            } else if (!page(request, "/" + location, null)) {
                ClientErrors.log(request, HttpStatus.NOT_FOUND.value(), "a view start for no page");
                replies.send(request, response, HttpStatus.NOT_FOUND, "There is no page at /" + Echo.of(location)
                        + " on this site; the map is at the link below.");
            } else {
                chain.doFilter(request, response);
            }
        }

        /**
         * A page of this site: a route, and for a map's page a map this server has (at the pinned version, when
         * {@code version} is not null). A view's start names no version: its page's address was checked when served.
         */
        private boolean page(HttpServletRequest request, String path, String version) {
            return routes.isPage(request.getServletContext(), path) && knownMap(path, version);
        }

        /**
         * A map's page names a map this server has ({@code /maps/{slug}}, {@code /} the default one) and, when the
         * address pins one, a version of it; every other page is no map's.
         */
        private boolean knownMap(String path, String version) {
            Matcher map = MAP_PAGE.matcher(path);
            if (map.matches()) {
                return shownMaps.of(map.group(1), version).isPresent();
            }
            return version == null || !(path.isEmpty() || path.equals("/")) || shownMaps.of(null, version).isPresent();
        }

        private static boolean vaadinOwn(HttpServletRequest request, String path) {
            return request.getParameter("v-r") != null || path.startsWith("/VAADIN/dynamic/")
                    || path.startsWith("/VAADIN/push") || staticFile(request, path);
        }

        /** A file Vaadin serves: the web app's resources (the app shell's style sheets, Lumo's) and the frontend
         * bundle under /VAADIN/ (a missing one would otherwise cost a session). */
        private static boolean staticFile(HttpServletRequest request, String path) {
            if (path.isEmpty() || path.endsWith("/") || path.contains("..")) {
                return false;
            }
            try {
                ClassLoader classes = UnknownPages.class.getClassLoader();
                return request.getServletContext().getResource(path) != null
                        || classes.getResource("META-INF/resources" + path) != null
                        || classes.getResource("META-INF/VAADIN/webapp" + path) != null;
            } catch (MalformedURLException e) {
                return false;
            }
        }
    }
}
