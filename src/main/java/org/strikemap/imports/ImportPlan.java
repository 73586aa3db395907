package org.strikemap.imports;

import org.strikemap.dataset.LoadedDataset;

/** What an import would write: its preview, and the whole draft the map would then have (its hash left empty). */
record ImportPlan(ImportPreview preview, LoadedDataset content) {
}
