package org.strikemap.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code Authorization: Bearer <token>} ({@link ApiTokens}) as Spring Security's generic {@link AuthenticationFilter}:
 * the token's person is signed in for this one request only (the context is kept in a request attribute, never in a
 * session), a bad or revoked token is 401 at once. Requests without such a header pass untouched.
 */
final class ApiTokenAuthentication {

    private static final String BEARER = "Bearer ";

    /** Requests that present a token (and so need no CSRF token: no browser sends this header by itself). */
    static final RequestMatcher PRESENTS_TOKEN = request -> token(request) != null;

    private ApiTokenAuthentication() {
    }

    static AuthenticationFilter filter(ApiTokens tokens, org.springframework.security.web.AuthenticationEntryPoint refused) {
        ProviderManager manager = new ProviderManager(new org.springframework.security.authentication.AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication presented) {
                return tokens.authenticate((String) presented.getCredentials())
                        .map(person -> (Authentication) UsernamePasswordAuthenticationToken.authenticated(person, null,
                                person.getAuthorities()))
                        .orElseThrow(() -> new BadCredentialsException("unknown or revoked API token"));
            }

            @Override
            public boolean supports(Class<?> type) {
                return Presented.class.isAssignableFrom(type);
            }
        });
        AuthenticationFilter filter = new AuthenticationFilter(manager, request -> {
            String token = token(request);
            return token == null ? null : new Presented(token);
        });
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(refused));
        return filter;
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    /** A token as presented, not yet checked. */
    private static final class Presented extends AbstractAuthenticationToken {

        private final String token;

        Presented(String token) {
            super((java.util.Collection<org.springframework.security.core.GrantedAuthority>) null);
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return "API token";
        }
    }
}
