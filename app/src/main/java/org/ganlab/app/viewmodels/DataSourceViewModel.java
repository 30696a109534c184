package org.ganlab.app.viewmodels;

import java.nio.file.Files;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.engine.data.DatasetSpec;
import org.ganlab.engine.data.ImageFolderReport;

/**
 * What the setup panel says about the chosen data set while and after it loads: a progress bar
 * for an image folder's first decoding, the report of files it skipped (never fatal), and how to
 * get a downloadable set that is not on this computer yet.
 */
public final class DataSourceViewModel {

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();

    // ---- Properties

    /** True while an image folder is being read: the progress bar shows. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** 0..1, or -1 while the number of files is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** One or two lines under the data set field; empty for the shipped sets. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** True when the message is a problem (a missing set, skipped files, a failed load). */
    public ReadOnlyBooleanProperty warningProperty() { return warning.getReadOnlyProperty(); }

    // ---- Commands

    /** A new data set was chosen and starts loading. */
    public void loading(String dataset) {
        String hint = missingHint(dataset);
        boolean folder = isImageFolder(dataset);
        loading.set(folder);
        progress.set(-1);
        message.set(!hint.isEmpty() ? hint : folder ? "Reading the image folder…" : "");
        warning.set(!hint.isEmpty());
    }

    /** An image folder's loader reports (handed over to this thread, the latest only). */
    public void progress(int done, int total, String file) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        message.set(String.format(Locale.ROOT, "Reading images: %,d of %,d%s", done, total,
                file == null || file.isBlank() ? "" : " (" + file + ")"));
    }

    /** The folder is loaded: what was kept and what was skipped. */
    public void loaded(ImageFolderReport report) {
        loading.set(false);
        progress.set(1);
        message.set(report.summary());
        warning.set(!report.skipped().isEmpty());
    }

    /** A named or IDX set loaded: nothing to say, unless it was missing before. */
    public void loaded() {
        loading.set(false);
        message.set("");
        warning.set(false);
    }

    public void failed(String dataset, String cause) {
        loading.set(false);
        String hint = missingHint(dataset);
        message.set(!hint.isEmpty() ? hint : "Could not read " + dataset + ": " + cause);
        warning.set(true);
    }

    /** How to get a downloadable set that is not here yet; "" when it is here or not downloadable. */
    static String missingHint(String dataset) {
        DatasetSpec spec;
        try {
            spec = DatasetSpec.parse(dataset);
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (spec.kind() != DatasetSpec.Kind.DOWNLOADED || Files.isDirectory(spec.folder())) {
            return "";
        }
        return spec.name() + " is not on this computer yet. Download it with 'ganlab download " + spec.name()
                + "' in a terminal (from the GAN Lab folder), or use Import IDX folder… with its four IDX files.";
    }

    private static boolean isImageFolder(String dataset) {
        try {
            return DatasetSpec.parse(dataset).kind() == DatasetSpec.Kind.IMAGE_FOLDER;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
