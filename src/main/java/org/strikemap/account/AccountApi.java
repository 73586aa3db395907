package org.strikemap.account;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who a script's API token (or a browser's session) signs in, and their rights, so that a script
 * can check its token before it changes anything. 401 for nobody. Never cached.
 */
@RestController
class AccountApi {

    /** The signed-in person as scripts read them. */
    record Me(long id, String login, String name, boolean admin, Map<String, String> maps) {
    }

    private final People people;

    AccountApi(People people) {
        this.people = people;
    }

    @GetMapping(value = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Requires(Right.SIGNED_IN)
    ResponseEntity<Me> me() {
        Person person = people.signedIn().orElseThrow(() -> new NotAllowed("sign in first"));
        Map<String, String> maps = new TreeMap<>();
        person.roles().forEach((slug, role) -> maps.put(slug, role.name().toLowerCase()));
        return ResponseEntity.ok().header("Cache-Control", "no-store")
                .body(new Me(person.id(), person.login(), person.name(), person.admin(), maps));
    }
}
