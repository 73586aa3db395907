/**
 * Draft to version and versions to readers: a reviewer publishes a map's draft as an immutable version (the map's files,
 * named by their content hash; two-person review by default), readers see the latest version of every map that is not
 * archived (dataset.Datasets, refreshed at commit and polled from the database so every instance shows a new version
 * within seconds), any older version stays reachable ({@link org.strikemap.map.VersionArchive}), and the data/ folders
 * become drafts published at start, never over a map edited in the browser. Knows nothing of Vaadin.
 */
package org.strikemap.publish;
