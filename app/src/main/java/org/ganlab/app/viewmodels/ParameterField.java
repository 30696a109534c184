package org.ganlab.app.viewmodels;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable hyperparameter: the text the user typed and what is wrong with it, if anything. */
public final class ParameterField {

    private final HyperParameter parameter;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");

    ParameterField(HyperParameter parameter) {
        this.parameter = parameter;
    }

    public HyperParameter parameter() { return parameter; }

    public StringProperty textProperty() { return text; }

    /** Empty when valid; otherwise one line naming the problem. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public String getText() { return text.get(); }

    public void setText(String value) { text.set(value); }

    public String getError() { return error.get(); }

    void setError(String value) { error.set(value); }

    /** Where the value came from when the form chose it ("set by the loss: change freely"), or why the field is off; else empty. */
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }

    public String getHint() { return hint.get(); }

    void setHint(String value) { hint.set(value); }
}
