package org.strikemap.account.views;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import org.strikemap.account.AuditEntry;
import org.strikemap.account.AuditLog;
import org.strikemap.account.Editor;
import org.strikemap.account.People;
import org.strikemap.account.Requires;
import org.strikemap.account.Right;

/**
 * {@code /edit/audit}, for admins: the audit log, newest first, read a page at a time as the grid scrolls, filtered
 * by kind (sign-ins, failed and refused sign-ins, people, roles, tokens, passkeys, publications).
 */
@Route(AuditView.ROUTE)
@Requires(Right.ADMIN)
@StyleSheet(AccountPage.STYLES)
public class AuditView extends Main implements HasDynamicTitle {

    static final String ROUTE = "edit/audit";
    private static final String ALL = "";

    AuditView(People people, AuditLog audit, AuthenticationContext authentication) {
        Editor admin = people.current().orElseThrow();
        addClassName("sm-account");
        add(new EditorBar(getTranslation("account.audit.title"), people, authentication));
        List<String> kinds = new ArrayList<>(List.of(ALL));
        kinds.addAll(AuditLog.KINDS);
        Select<String> kind = new Select<>();
        kind.setId("audit-kind");
        kind.setLabel(getTranslation("account.audit.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("account.audit.all") : kindName(value));
        kind.setValue(ALL);
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> AccountPage.time(this, entry.at())).setHeader(getTranslation("account.audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> kindName(entry.kind())).setHeader(getTranslation("account.audit.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::who).setHeader(getTranslation("account.audit.who")).setFlexGrow(1);
        grid.addColumn(AuditEntry::what).setHeader(getTranslation("account.audit.what")).setFlexGrow(4);
        grid.addColumn(AuditEntry::address).setHeader(getTranslation("account.audit.address")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> audit.lines(admin, filter(kind.getValue()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(admin, filter(kind.getValue()))));
        kind.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div tools = new Div(new H1(getTranslation("account.audit.title")), kind);
        tools.addClassName("sm-toolbar");
        Div content = new Div(tools, grid);
        content.addClassNames("sm-account-content", "sm-fill");
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.audit.title") + " · StrikeMap";
    }

    /** A kind's name in the page's language; a kind this page has no words for (another module's) as written. */
    private String kindName(String kind) {
        try {
            return getTranslation("account.audit.kind." + kind.replace(' ', '-'));
        } catch (MissingResourceException unknown) {
            return kind;
        }
    }

    private static String filter(String kind) {
        return kind == null || kind.isEmpty() ? null : kind;
    }
}
