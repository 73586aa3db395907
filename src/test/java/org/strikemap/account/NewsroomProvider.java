package org.strikemap.account;

import java.net.ServerSocket;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A newsroom's OpenID Connect provider for the single sign-on test: Spring's authorization server in an application
 * of its own on a free port, with StrikeMap registered as a client and three accounts whose ID tokens carry an
 * e-mail address (one of them marked unverified). Its session cookie has its own name, as the browser shares cookies
 * between ports of one host. Not a {@code @Configuration}, so the app's component scan never picks it up.
 */
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
public class NewsroomProvider {

    static final String CLIENT_ID = "strikemap";
    static final String CLIENT_SECRET = "a client secret for the test";
    static final String PASSWORD = "provider password";
    /** The e-mail domain of the provider's accounts: {@code <username>@newsroom.example}. */
    static final String DOMAIN = "newsroom.example";
    /** The account whose e-mail address the provider does not vouch for. */
    static final String UNVERIFIED = "unverified";

    /** Starts the provider; StrikeMap will answer at {@code appPort}. */
    static ConfigurableApplicationContext start(int appPort) {
        return new SpringApplicationBuilder(NewsroomProvider.class).web(WebApplicationType.SERVLET)
                .properties("server.port=0", "server.servlet.session.cookie.name=PROVIDER_SESSION",
                        "spring.main.banner-mode=off", "strikemap.test.app-port=" + appPort,
                        "logging.level.org.springframework.security=WARN")
                .run();
    }

    static int port(ConfigurableApplicationContext provider) {
        return Integer.parseInt(provider.getEnvironment().getProperty("local.server.port"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The security context wherever the JVM keeps it now: the app under test (Vaadin) replaces the global strategy
     * after this provider has started, and some of the provider's parts read the global one.
     */
    @Bean
    SecurityContextHolderStrategy theJvmsStrategy() {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }

            @Override
            public SecurityContext getContext() {
                return SecurityContextHolder.getContextHolderStrategy().getContext();
            }

            @Override
            public void setContext(SecurityContext context) {
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }

            @Override
            public SecurityContext createEmptyContext() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }
        };
    }

    @Bean
    RegisteredClientRepository clients(org.springframework.core.env.Environment environment) {
        String redirect = "http://localhost:" + environment.getProperty("strikemap.test.app-port") + "/login/oauth2/code/sso";
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirect).scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build());
    }

    @Bean
    UserDetailsService accounts() {
        return new InMemoryUserDetailsManager(
                User.withUsername("olena").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername("taras").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername("revoked").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername(UNVERIFIED).password("{noop}" + PASSWORD).roles("USER").build());
    }

    /** ID tokens carry the account's e-mail address and a name, as a newsroom's provider would. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailInIdTokens() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                String username = context.getPrincipal().getName();
                context.getClaims().claim("email", username + "@" + DOMAIN)
                        .claim("email_verified", !username.equals(UNVERIFIED))
                        .claim("name", Character.toUpperCase(username.charAt(0)) + username.substring(1) + " (newsroom)");
            }
        };
    }
}
