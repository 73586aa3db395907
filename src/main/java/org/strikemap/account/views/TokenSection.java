package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.strikemap.account.AccountRules;
import org.strikemap.account.ApiToken;
import org.strikemap.account.ApiTokens;
import org.strikemap.account.Editor;
import org.strikemap.account.InvalidEntry;

/**
 * The account page's API tokens: make one with a label (the token is shown once, in a read-only field to copy, and
 * never again), the list with each token's first characters and last use, and revoking one.
 */
final class TokenSection extends Div {

    private final ApiTokens tokens;
    private final Editor me;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField made = new TextField();

    TokenSection(AccountView page, ApiTokens tokens, Editor me) {
        this.tokens = tokens;
        this.me = me;
        add(new H2(getTranslation("account.token.heading")), new Paragraph(getTranslation("account.token.explain")));
        TextField label = new TextField(getTranslation("account.token.label"));
        label.setId("token-label");
        label.setMaxLength(100);
        Button make = new Button(getTranslation("account.token.make"), click -> {
            if (AccountRules.labelProblem(label.getValue()).isPresent()) {
                label.setInvalid(true);
                label.setErrorMessage(getTranslation(AccountRules.labelProblem(label.getValue()).get()));
                return;
            }
            label.setInvalid(false);
            try {
                ApiToken.Made token = tokens.make(me, label.getValue());
                label.clear();
                made.setValue(token.secret());
                made.setVisible(true);
                made.focus();
                refresh();
            } catch (InvalidEntry refused) {
                page.refused(refused);
            }
        });
        make.setId("token-make");
        Div making = new Div(label, make);
        making.addClassName("sm-inline-form");
        made.setId("token-made");
        made.setReadOnly(true);
        made.setWidthFull();
        made.setLabel(getTranslation("account.token.shownOnce"));
        made.setVisible(false);
        grid.setId("tokens");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiToken::label).setHeader(getTranslation("account.token.label")).setFlexGrow(2);
        grid.addColumn(token -> token.hint() + "…").setHeader(getTranslation("account.token.starts"));
        grid.addColumn(token -> AccountPage.time(page, token.created())).setHeader(getTranslation("account.column.added"));
        grid.addColumn(token -> AccountPage.time(page, token.lastUsed())).setHeader(getTranslation("account.column.lastUsed"));
        grid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("account.token.revoke"), click -> {
                try {
                    tokens.revoke(me, token.id());
                    made.setVisible(false);
                    made.clear();
                    refresh();
                } catch (InvalidEntry refused) {
                    page.refused(refused);
                }
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.getElement().setAttribute("aria-label", getTranslation("account.token.revokeNamed", "label", token.label()));
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("account.token.none"));
        add(making, made, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.of(me));
    }
}
