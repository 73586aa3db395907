/**
 * How the server keeps itself up: no HTTP session until a browser starts a view, a per-address rate limit, and the
 * health probes that tell an orchestrator whether the app is alive and has its dataset loaded.
 */
package org.strikemap.ops;
