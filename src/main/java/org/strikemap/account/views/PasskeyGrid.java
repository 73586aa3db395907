package org.strikemap.account.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.strikemap.account.Editor;
import org.strikemap.account.InvalidEntry;
import org.strikemap.account.Passkey;
import org.strikemap.account.Passkeys;

/** The account page's list of the person's passkeys: label, added, last used, and a button to remove each. */
final class PasskeyGrid extends Grid<Passkey> {

    private final Passkeys passkeys;
    private final Editor me;

    PasskeyGrid(AccountView page, Passkeys passkeys, Editor me) {
        this.passkeys = passkeys;
        this.me = me;
        setId("passkeys");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(Passkey::label).setHeader(getTranslation("account.passkey.label")).setFlexGrow(2);
        addColumn(passkey -> AccountPage.time(page, passkey.created())).setHeader(getTranslation("account.column.added"));
        addColumn(passkey -> AccountPage.time(page, passkey.lastUsed())).setHeader(getTranslation("account.column.lastUsed"));
        addComponentColumn(passkey -> {
            Button remove = new Button(getTranslation("account.passkey.remove"), click -> {
                try {
                    passkeys.remove(me, passkey.id());
                    refresh();
                } catch (InvalidEntry refused) {
                    page.refused(refused);
                }
            });
            remove.addThemeVariants(AccountView.small());
            remove.getElement().setAttribute("aria-label", getTranslation("account.passkey.removeNamed", "label", passkey.label()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText(getTranslation("account.passkey.none"));
        refresh();
    }

    void refresh() {
        setItems(passkeys.of(me));
    }
}
