package org.strikemap.account;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a person may do, read fresh from the database on every question (a right withdrawn or an access revoked
 * counts at once, also for a session that is already open). {@link Editor#FILES} and revoked people may do nothing.
 */
@Component
class Rights {

    private final PersonRepository repository;

    Rights(PersonRepository repository) {
        this.repository = repository;
    }

    /** The person behind {@code who} while their access stands. */
    Optional<Person> active(Editor who) {
        if (who == null || who.id() == Editor.FILES.id()) {
            return Optional.empty();
        }
        return repository.byId(who.id()).map(PersonRepository.Row::person).filter(Person::active);
    }

    boolean isAdmin(Editor who) {
        return active(who).map(Person::admin).orElse(false);
    }

    boolean canEdit(Editor who, String slug) {
        return active(who).map(person -> person.admin() || person.roles().containsKey(slug)).orElse(false);
    }

    boolean canReview(Editor who, String slug) {
        return active(who).map(person -> person.admin() || person.roles().get(slug) == MapRole.REVIEWER).orElse(false);
    }

    /** Whether {@code who} holds {@code right}; a map right is for the map {@code slug}. */
    boolean holds(Editor who, Right right, String slug) {
        return switch (right) {
            case SIGNED_IN -> active(who).isPresent();
            case EDIT_MAP -> slug != null && canEdit(who, slug);
            case REVIEW_MAP -> slug != null && canReview(who, slug);
            case ADMIN -> isAdmin(who);
        };
    }

    Person requireAdmin(Editor who) {
        return active(who).filter(Person::admin)
                .orElseThrow(() -> new NotAllowed("only an admin may do this"));
    }

    Person requireActive(Editor who) {
        return active(who).orElseThrow(() -> new NotAllowed("nobody signed in whose access stands"));
    }
}
