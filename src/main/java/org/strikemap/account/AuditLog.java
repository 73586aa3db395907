package org.strikemap.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** SCAFFOLDING until the account module lands (helper A's branch replaces this file): logs only. */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    public void record(String kind, Editor who, String what) {
        log.info("audit {} by {}: {}", kind, who.name(), what);
    }
}
