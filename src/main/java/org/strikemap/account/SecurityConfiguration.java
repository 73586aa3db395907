package org.strikemap.account;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.strikemap.account.views.LoginView;

/**
 * The Spring Security configuration, in one place: Vaadin's {@link VaadinSecurityConfigurer} with the sign-in page,
 * the ways of signing in (password, one-time links, passkeys, single sign-on when configured, API tokens for
 * scripts), the guard on sign-in, and who may ask for what.
 * <ul>
 * <li>Readers: every GET, HEAD and OPTIONS outside {@code /edit} is public and sets nothing (no session, no cookie:
 * ops.SessionlessRequests still decides that only a view's start may open a session).</li>
 * <li>{@code /edit/**} (the editor's views) needs a signed-in person; each view's own right is checked when it is
 * opened ({@link ViewAccess}); every other request that could change data (any other method, outside Vaadin's own
 * requests, which its views guard) needs a signed-in person too, and a handler's own right ({@link Requires}) is
 * checked by {@link RouteGuard}.</li>
 * <li>Strangers get 401 (JSON, {@code WWW-Authenticate: Bearer}) on the API and the passkey endpoints, a redirect to
 * {@code /login} on pages; signed-in people without the right get 403.</li>
 * <li>CSRF as Vaadin and Spring do it (Vaadin's own token on its requests, Spring's on the rest; Vaadin exempts its
 * sign-in form); requests with an API token need none. At sign-in the session gets a new id (no fixation); signing
 * out ends the session.</li>
 * <li>Spring Security writes no headers of its own: web.SecurityHeaders writes the ones every answer carries, and
 * readers' caching headers stay as the endpoints set them.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, People people,
                                            ApiTokens tokens, SignInGuard guard, SingleSignOn sso,
                                            SsoPeople ssoPeople, OneTimeTokenService oneTimeTokens,
                                            VaadinDefaultRequestCache requests,
                                            ObjectProvider<SecurityContextHolderStrategy> strategies) {
        // Vaadin's strategy (a view's background work sees its session's person), for every filter built below: Vaadin
        // makes it the global one only once all beans exist, after some filters (the passkey endpoints') have taken
        // the global one of their moment, which would then never see a signed-in person.
        SecurityContextHolderStrategy contexts = strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        SecurityContextHolder.setContextHolderStrategy(contexts);
        Refusals refusals = new Refusals(contexts, LoginView.PATH);
        AuthenticationEntryPoint unauthorized = refusals.unauthorized();
        RequestMatcher passkeyRegistration = new OrRequestMatcher(pathPattern("/webauthn/register"),
                pathPattern("/webauthn/register/**"));

        http.headers(headers -> headers.disable());
        http.authorizeHttpRequests(requestRules -> requestRules
                .requestMatchers(vaadinRequests::isFrameworkInternalRequest).permitAll()
                .requestMatchers(pathPattern("/edit"), pathPattern("/edit/**")).authenticated()
                .requestMatchers(passkeyRegistration).authenticated()
                .requestMatchers(pathPattern(HttpMethod.GET, "/**"), pathPattern(HttpMethod.HEAD, "/**"),
                        pathPattern(HttpMethod.OPTIONS, "/**")).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, LoginView.SIGNED_OUT)
                .defaultSuccessUrl(SignInLanding.EDITOR)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(unauthorized, Refusals.SCRIPTS)
                .accessDeniedHandler(refusals.denied()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthentication.PRESENTS_TOKEN));
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.oneTimeTokenLogin(links -> links
                .loginPage(LoginView.PATH)
                .loginProcessingUrl(LoginView.ONE_TIME)
                .tokenService(oneTimeTokens)
                .showDefaultSubmitPage(false)
                // Links are made for admins only (People.invite): the public "send me a link" endpoint does nothing.
                .generateRequestResolver(request -> null)
                .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
                .successHandler(SignInLanding.oneTimeLink(people, requests))
                .failureUrl(LoginView.ONE_TIME + "?invalid"));
        http.webAuthn(passkeys -> passkeys
                .rpName(PasskeyRelyingParty.NAME)
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(SignInLanding.passkey(requests));
                        return filter;
                    }
                }));
        if (sso.enabled()) {
            http.oauth2Login(oidc -> oidc
                    .loginPage(LoginView.PATH)
                    .clientRegistrationRepository(clientRegistrations(sso))
                    .userInfoEndpoint(users -> users.oidcUserService(ssoPeople))
                    .defaultSuccessUrl(SignInLanding.EDITOR)
                    .failureUrl(LoginView.PATH + "?sso-error"));
        }
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
        // Spring's passkey-registration options endpoint stands before the authorization filter and answers
        // strangers 400; this one answers them as every other protected endpoint does (401).
        AuthorizationFilter registrationNeedsSignIn = new AuthorizationFilter(RequestMatcherDelegatingAuthorizationManager
                .builder().add(passkeyRegistration, signedIn)
                .add(AnyRequestMatcher.INSTANCE, (authentication, context) -> new AuthorizationDecision(true)).build());
        registrationNeedsSignIn.setSecurityContextHolderStrategy(contexts);
        http.addFilterBefore(registrationNeedsSignIn, AuthorizationFilter.class);
        http.addFilterAfter(new RevokedSessions(people, contexts), SecurityContextHolderFilter.class);
        AuthenticationFilter tokenSignIn = ApiTokenAuthentication.filter(tokens, unauthorized);
        tokenSignIn.setSecurityContextHolderStrategy(contexts);
        http.addFilterBefore(tokenSignIn, LogoutFilter.class);
        http.addFilterBefore(new SignInThrottle(guard), LogoutFilter.class);
        return http.build();
    }

    private static ClientRegistrationRepository clientRegistrations(SingleSignOn sso) {
        return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(sso.issuerUri())
                .registrationId(SingleSignOn.REGISTRATION)
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .scope(sso.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName(sso.name())
                .build());
    }
}
