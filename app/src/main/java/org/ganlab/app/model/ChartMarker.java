package org.ganlab.app.model;

/** A labelled vertical line on the charts: where live hyperparameters changed. */
public record ChartMarker(long iteration, String label) {}
