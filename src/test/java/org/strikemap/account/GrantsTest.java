package org.strikemap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strikemap.ingest.TestDatabase;

/** Who holds which role on a map, and whom a role may be given to, as the editor's grants dialog asks: admins only. */
class GrantsTest {

    AccountTestSupport accounts;
    People people;
    Editor admin;

    @BeforeEach
    void start() {
        accounts = AccountTestSupport.over(TestDatabase.create().dataSource());
        people = accounts.people();
        admin = accounts.admin();
    }

    @Test
    void aMapsGrantsAreItsActivePeopleWithTheirRoles() {
        Editor anna = accounts.person("Anna", "kyiv", MapRole.REVIEWER);
        Editor bohdan = accounts.person("Bohdan", "kyiv", MapRole.EDITOR);
        Editor olena = accounts.person("Olena", "lviv", MapRole.EDITOR);
        Editor revoked = accounts.person("Revoked", "kyiv", MapRole.EDITOR);
        people.revoke(admin, revoked.id());

        assertThat(people.grants(admin, "kyiv")).containsExactly(new People.Grant(anna, MapRole.REVIEWER),
                new People.Grant(bohdan, MapRole.EDITOR));
        assertThat(people.grants(admin, "odesa")).isEmpty();
        assertThat(people.everyone(admin)).contains(anna, bohdan, olena, admin).doesNotContain(revoked);
        assertThat(people.accounts(admin)).extracting(Person::editor).contains(revoked);
    }

    @Test
    void onlyAnAdminMayAskWhoHoldsWhat() {
        Editor reviewer = accounts.person("Anna", "kyiv", MapRole.REVIEWER);
        assertThatThrownBy(() -> people.grants(reviewer, "kyiv")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> people.grants(reviewer, "")).as("the right before the entry").isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> people.everyone(reviewer)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> people.accounts(null)).isInstanceOf(NotAllowed.class);
    }
}
