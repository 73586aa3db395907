package org.strikemap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strikemap.share.Echo;
import org.strikemap.share.RequestOrigin;
import org.strikemap.share.ServerUrl;

/**
 * Answers 400 to a request for an answer that writes absolute links (a page, the embed, a view's start and
 * exchanges, oEmbed) when it came to a host that is not this server's ({@link ServerUrl#allows}): a forged
 * {@code Host} must not put its name into {@code og:url}, {@code og:image}, the oEmbed snippet or the Share dialog,
 * nor into a shared cache's copy of them. Data and immutable files carry no links and answer any name. Limits: with
 * {@code strikemap.public-url} set every host is answered, as links then name that address whatever the request says.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class HostCheck extends OncePerRequestFilter {

    private final ServerUrl serverUrl;
    private final Replies replies;

    HostCheck(ServerUrl serverUrl, Replies replies) {
        this.serverUrl = serverUrl;
        this.replies = replies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return switch (RequestKind.of(request)) {
            case PAGE, EMBED, VIEW_START, VIEW_EXCHANGE, SIGN_IN -> false;
            case OTHER -> !Replies.path(request).equals("/oembed");
            default -> true;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestOrigin origin = RequestOrigin.of(request);
        if (serverUrl.allows(origin)) {
            chain.doFilter(request, response);
            return;
        }
        String message = "this server writes no links for the host '" + Echo.of(origin.host())
                + "' (expected one of its own names: strikemap.allowed-hosts, or set strikemap.public-url)";
        ClientErrors.log(request, HttpStatus.BAD_REQUEST.value(), message);
        replies.send(request, response, HttpStatus.BAD_REQUEST, message);
    }
}
