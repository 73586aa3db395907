package org.strikemap.edit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.account.Editor;
import org.strikemap.draft.DraftService;
import org.strikemap.testing.AppBrowserTest;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.View;

/**
 * Test only: the editor's browser tests on the seed map with the newsroom's people ({@link Newsroom}), each new page
 * signed in through /login as {@link #signInAs} (nobody when null), on the real services over a copy of the seed map
 * whose reports have their stored texts ({@link EditorTestSetup#useSeedMapWithTexts}); and how a person works the
 * editor's fields and buttons. Limits: one map, the seed map; the people are made again before each test.
 */
abstract class NewsroomBrowserTest extends AppBrowserTest {

    @Autowired
    DataSource database;
    @Autowired
    DraftService drafts;
    Newsroom people;
    /** Who each new page signs in as, through /login; null: nobody. */
    Editor signInAs;

    @DynamicPropertySource
    static void seedMapWithTexts(DynamicPropertyRegistry registry) {
        EditorTestSetup.useSeedMapWithTexts(registry);
    }

    @Override
    protected Page newPage(View view) {
        Page page = super.newPage(view);
        if (signInAs != null) {
            people.signIn(page, url("/login"), signInAs);
        }
        return page;
    }

    /** Moves the keyboard's focus to {@code target} and presses {@code key} there, as a person tabbing to it does. */
    static void press(Locator target, String key) {
        target.focus();
        target.press(key);
    }

    static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The row checkboxes of the grid inside {@code scope}, in the rows' order (ticked with a click: the grid keeps Space). */
    static Locator ticks(Locator scope) {
        return scope.locator("vaadin-grid").first().locator("vaadin-grid-cell-content vaadin-checkbox >> visible=true");
    }

    /** Types into a field as a person does (replacing what it holds) and leaves it with Tab, which commits it. */
    static void type(Page page, Locator field, String text) {
        field.click();
        page.keyboard().press("Control+A");
        page.keyboard().type(text);
        page.keyboard().press("Tab");
    }

    @BeforeEach
    void newsroom() {
        people = Newsroom.on(database, TestDatabase.SEED_SLUG);
        signInAs = people.editor;
    }
}
