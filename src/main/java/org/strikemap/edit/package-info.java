/**
 * The newsroom's editor under {@code /edit}: the list of maps ({@link org.strikemap.edit.MapsView}) and one map's
 * workspace ({@link org.strikemap.edit.WorkspaceView}): strikes with their claims, sources, launch sites, rings and
 * the map's own words, saved into the map's draft; preview and publication. Views call the services (account, draft,
 * publish) and never a repository; the records' rules are the records' own, and the services' reasons are shown as
 * they are given. Everything the data says reaches the page as text (Vaadin's components escape it; nothing here
 * sets HTML). Words only from i18n/messages*.properties ({@code edit.*}).
 */
package org.strikemap.edit;
