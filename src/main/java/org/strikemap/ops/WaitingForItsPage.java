package org.strikemap.ops;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a view shows until its page has answered its {@link ViewChallenge}: nothing, at the cost of one empty element.
 * A script that starts views and navigates them without running the page gets this instead of the page's view
 * (its components, its layers' setup, the answer Flow keeps to resend), so each of its views costs the server a
 * session and an empty UI. A browser answers before it navigates (the challenge comes with the view's start), so it
 * never sees this; should its answer come late, {@link LiveViews} builds the page's view then. Public only because
 * Vaadin finds error views by scanning for public classes.
 */
public class WaitingForItsPage extends Div implements HasErrorParameter<WaitingForItsPage.NotConfirmed> {

    /** The navigation of a view whose page has not answered yet. */
    public static class NotConfirmed extends RuntimeException {

        public NotConfirmed() {
            super("the view's page has not answered its challenge yet");
        }
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotConfirmed> parameter) {
        return HttpServletResponse.SC_ACCEPTED;
    }
}
