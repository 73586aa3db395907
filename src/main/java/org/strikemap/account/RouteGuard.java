package org.strikemap.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.strikemap.web.ApiError;

/**
 * Enforces {@link Requires} on Spring MVC handlers before they run (the map from the {@code slug} path variable),
 * and answers {@link NotAllowed} from any handler: 401 with {@code WWW-Authenticate: Bearer} when nobody is signed
 * in, 403 otherwise, as JSON. Handlers without {@link Requires} are not judged here: reading is public, and every
 * other method already needs a signed-in person (SecurityConfiguration); the route × role walk fails for a
 * data-changing handler that declares nothing. Limits: error dispatches pass.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RouteGuard implements HandlerInterceptor {

    private final People people;

    RouteGuard(People people) {
        this.people = people;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Requires requires = required(method);
        if (requires == null) {
            return true;
        }
        Optional<Editor> who = people.current();
        String slug = slug(request);
        if (who.isEmpty()) {
            throw new NotAllowed("sign in first");
        }
        if (!people.holds(who.get(), requires.value(), slug)) {
            throw new NotAllowed(refusal(who.get(), requires.value(), slug));
        }
        return true;
    }

    /** What a script's author reads: who, and what they lack (the same words as the services' own refusals). */
    private static String refusal(Editor who, Right lacking, String slug) {
        return switch (lacking) {
            case SIGNED_IN -> who.name() + " may not sign in";
            case EDIT_MAP -> who.name() + " may not edit " + slug;
            case REVIEW_MAP -> who.name() + " may not review or publish " + slug;
            case ADMIN -> who.name() + " is not an admin";
        };
    }

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<ApiError> notAllowed(NotAllowed refused) {
        boolean nobody = people.current().isEmpty();
        HttpStatus status = nobody ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (nobody) {
            answer.header("WWW-Authenticate", "Bearer");
        }
        return answer.body(ApiError.of(status, nobody ? "sign in, or send an API token (Authorization: Bearer …)"
                : "this is not yours to do: " + refused.getMessage()));
    }

    static Requires required(HandlerMethod method) {
        Requires onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Requires.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Requires.class);
    }

    @SuppressWarnings("unchecked")
    private static String slug(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? ((Map<String, String>) map).get(Requires.SLUG) : null;
    }
}
