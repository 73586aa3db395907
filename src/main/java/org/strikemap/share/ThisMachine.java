package org.strikemap.share;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names this machine answers to, the default of {@code strikemap.allowed-hosts}: {@code localhost}, the loopback
 * addresses, the machine's host name (short and canonical) and the addresses of its network interfaces. Limits:
 * read once at start; a name the resolver cannot give (a DNS alias of the machine) must be configured.
 */
final class ThisMachine {

    private ThisMachine() {
    }

    static List<String> names() {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName());
            names.add(local.getCanonicalHostName());
        } catch (UnknownHostException noName) {
            // A machine without a resolvable name still answers to localhost and its addresses.
        }
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    names.add(zone < 0 ? text : text.substring(0, zone));
                }
            }
        } catch (SocketException noInterfaces) {
            // Loopback names only.
        }
        return List.copyOf(names);
    }
}
