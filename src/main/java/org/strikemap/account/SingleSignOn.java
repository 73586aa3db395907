package org.strikemap.account;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code strikemap.sso.*}: a newsroom's OpenID Connect provider, offered on the sign-in page as a button labelled
 * {@code name}. Off while {@code issuer-uri} is empty. The provider is found from its issuer at start-up (OpenID
 * discovery); the app is registered with it as a confidential client whose redirect address is
 * {@code <public address>/login/oauth2/code/sso}. README, "Single sign-on", says how a provider's account becomes a
 * StrikeMap person.
 */
@ConfigurationProperties("strikemap.sso")
record SingleSignOn(@DefaultValue("") String issuerUri, @DefaultValue("") String clientId,
                    @DefaultValue("") String clientSecret, @DefaultValue("Newsroom sign-in") String name,
                    @DefaultValue({"openid", "email", "profile"}) List<String> scopes) {

    /** The client registration's id, and the last part of the redirect address. */
    static final String REGISTRATION = "sso";

    SingleSignOn {
        if (!issuerUri.isBlank() && (clientId.isBlank() || clientSecret.isBlank())) {
            throw new IllegalArgumentException("strikemap.sso: issuer-uri is set, so client-id and client-secret must be too");
        }
        if (!issuerUri.isBlank() && !scopes.contains("openid")) {
            throw new IllegalArgumentException("strikemap.sso.scopes must include openid, not " + scopes);
        }
    }

    boolean enabled() {
        return !issuerUri.isBlank();
    }
}
