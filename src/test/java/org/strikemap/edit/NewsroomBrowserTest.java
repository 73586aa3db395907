package org.strikemap.edit;

import com.microsoft.playwright.Page;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.strikemap.account.Editor;
import org.strikemap.draft.DraftService;
import org.strikemap.testing.SeedMapBrowserTest;
import org.strikemap.testing.View;

/**
 * Test only: the editor's browser tests on the seed map with the newsroom's people ({@link Newsroom}), each new page
 * signed in through /login as {@link #signInAs} (nobody when null), on the real draft service with its reports' texts
 * ({@link EditorTestSetup#storeTexts}). Limits: one map, the seed map; the people are made again before each test.
 */
abstract class NewsroomBrowserTest extends SeedMapBrowserTest {

    @Autowired
    DataSource database;
    @MockitoSpyBean
    DraftService drafts;
    Newsroom people;
    /** Who each new page signs in as, through /login; null: nobody. */
    Editor signInAs;

    @Override
    protected Page newPage(View view) {
        Page page = super.newPage(view);
        if (signInAs != null) {
            people.signIn(page, url("/login"), signInAs);
        }
        return page;
    }

    @BeforeEach
    void newsroom() {
        EditorTestSetup.storeTexts(drafts);
        people = Newsroom.on(database, org.strikemap.testing.TestDatabase.SEED_SLUG);
        signInAs = people.editor;
    }
}
