package org.ganlab.engine.diagnosis;

/** How much a diagnosis matters: INFO is worth knowing, WARNING needs action soon, CRITICAL now. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
