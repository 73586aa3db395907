package org.strikemap.account;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * This server as a passkey relying party (Spring Security's webauthn4j operations): its id is the host of
 * {@code strikemap.public-url} and passkeys are accepted from that address's origin; without a public URL, the id is
 * {@code localhost} and the origin {@code http://localhost:<the port the server listens on>}, read when the first
 * passkey is asked for (the port is not known before the server starts). A passkey belongs to one relying-party id:
 * changing the public URL's host makes the passkeys made before it useless (people sign in otherwise and add new ones).
 */
final class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    static final String NAME = "StrikeMap";

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final String publicUrl;
    private final Environment environment;
    private final AtomicReference<WebAuthnRelyingPartyOperations> operations = new AtomicReference<>();

    PasskeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
                        String publicUrl, Environment environment) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
        this.environment = environment;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return operations().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return operations().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return operations().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations().authenticate(request);
    }

    private WebAuthnRelyingPartyOperations operations() {
        WebAuthnRelyingPartyOperations known = operations.get();
        if (known != null) {
            return known;
        }
        String id;
        String origin;
        if (publicUrl.isEmpty()) {
            id = "localhost";
            origin = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        } else {
            URI uri = URI.create(publicUrl);
            id = uri.getHost();
            origin = uri.getScheme() + "://" + uri.getRawAuthority();
        }
        operations.compareAndSet(null, new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                PublicKeyCredentialRpEntity.builder().id(id).name(NAME).build(), Set.of(origin)));
        return operations.get();
    }
}
