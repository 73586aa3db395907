package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.strikemap.source.Claim;
import org.strikemap.source.ClaimValue;
import org.strikemap.source.Quotes;
import org.strikemap.source.Source;

/**
 * The claims about one subject (a strike, or the whole map): "3 killed — Prosecutor General (002) ✓" each, with its
 * quote's check, to edit or delete, and "+ claim". A strike not yet saved has no claims to add: its id is not fixed.
 */
final class ClaimsList extends Composite<Div> {

    private final OpenMap open;
    private final UnorderedList items = new UnorderedList();
    private final Button add = new Button();
    private String subject;

    ClaimsList(OpenMap open) {
        this.open = open;
        getContent().addClassName("ed-claims");
        add.setText(getTranslation("edit.claim.add"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(event -> new ClaimDialog(open, null, subject, this::refresh).open());
        getContent().add(new H3(getTranslation("edit.claims")), items, add);
    }

    /** Lists the claims about {@code subject}; null: a new strike, with none yet. */
    void show(String subject) {
        this.subject = subject;
        refresh();
    }

    private void refresh() {
        items.removeAll();
        add.setEnabled(subject != null);
        if (subject == null) {
            items.add(new ListItem(getTranslation("edit.claim.saveFirst")));
            return;
        }
        for (Claim claim : ClaimDialog.about(open, subject)) {
            Source source = open.content().sources().find(claim.sourceId()).orElse(null);
            boolean found = Quotes.find(claim.quote(), source == null ? null : source.text()).found();
            Span check = new Span(found ? "✓" : "✗");
            check.addClassName(found ? "ed-found" : "ed-not-found");
            check.getElement().setAttribute("title", getTranslation(found ? "edit.quote.found" : "edit.quote.notFoundShort"));
            check.getElement().setAttribute("aria-label", getTranslation(found ? "edit.quote.found" : "edit.quote.notFoundShort"));
            Span text = new Span(claim.kind() + ": " + value(claim.value()) + " — " + claim.by() + " (" + claim.sourceId() + ") ");
            Button edit = new Button(getTranslation("edit.edit"), event -> new ClaimDialog(open, claim, subject, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("edit.claim.editNamed", "claim", claim.id()));
            Button delete = new Button(getTranslation("edit.delete"), event -> new ConfirmDelete(claim.id(),
                    () -> open.delete(RecordKeys.of(claim, open.slug()), open.revisionOf(claim), "", this::refresh)).open());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("edit.claim.deleteNamed", "claim", claim.id()));
            ListItem item = new ListItem(text, check, edit, delete);
            item.addClassName("ed-claim");
            items.add(item);
        }
        if (items.getComponentCount() == 0) {
            items.add(new ListItem(getTranslation("edit.claim.none")));
        }
    }

    /** "3", "KN-23", "21–", "–5", "3–5". */
    static String value(ClaimValue value) {
        if (value.exact() != null) {
            return value.exact();
        }
        return (value.min() == null ? "" : value.min()) + "–" + (value.max() == null ? "" : value.max());
    }
}
