package org.strikemap.account;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * A person's passkeys, kept by Spring Security's JDBC stores: listed and removed from the account page. Adding one
 * is the browser's ceremony with Spring Security's registration endpoints ({@code /webauthn/register/options},
 * {@code /webauthn/register}), driven by the account page's script.
 */
@Service
public class Passkeys {

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final Rights rights;
    private final AuditLog audit;

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials, Rights rights,
             AuditLog audit) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.rights = rights;
        this.audit = audit;
    }

    /** The signed-in person's passkeys, newest first. */
    public List<Passkey> of(Editor who) {
        Person person = rights.requireActive(who);
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(person.login());
        if (entity == null) {
            return List.of();
        }
        return credentials.findByUserId(entity.getId()).stream()
                .map(record -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
                        record.getCreated(), record.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Removes one of the signed-in person's own passkeys; audit-logged. */
    public void remove(Editor who, String id) {
        Person person = rights.requireActive(who);
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(person.login());
        CredentialRecord record = id == null ? null : credentials.findByCredentialId(Bytes.fromBase64(id));
        if (entity == null || record == null || !record.getUserEntityUserId().equals(entity.getId())) {
            throw new InvalidEntry("account.rule.noSuchPasskey", "no such passkey of yours");
        }
        credentials.delete(record.getCredentialId());
        audit.record(AuditLog.PASSKEY, who, "removed the passkey " + record.getLabel());
    }

    /**
     * Notes in the audit log the passkey the signed-in person added last: the registration endpoint is Spring
     * Security's, so the account page tells when its ceremony succeeded.
     */
    public void added(Editor who) {
        of(who).stream().findFirst()
                .ifPresent(passkey -> audit.record(AuditLog.PASSKEY, who, "added the passkey " + passkey.label()));
    }
}
