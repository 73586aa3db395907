package org.strikemap.imports;

/** Every worker is busy and the queue full: nothing was started; the person may try again shortly (503). */
public class ImportBusy extends RuntimeException {

    public ImportBusy(String message) {
        super(message);
    }
}
