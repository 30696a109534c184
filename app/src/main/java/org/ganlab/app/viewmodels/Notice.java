package org.ganlab.app.viewmodels;

/** A message the window shows as a notification. */
public record Notice(Level level, String title, String text) {

    public enum Level { INFO, WARNING, ERROR }

    public static Notice info(String title, String text) {
        return new Notice(Level.INFO, title, text);
    }

    public static Notice error(String title, String text) {
        return new Notice(Level.ERROR, title, text);
    }

    /** The cause of a failure in one line, however deep it is wrapped. */
    public static String cause(Throwable t) {
        Throwable c = t;
        while ((c instanceof java.util.concurrent.CompletionException
                || c instanceof java.util.concurrent.ExecutionException
                || c instanceof java.io.UncheckedIOException) && c.getCause() != null) {
            c = c.getCause();
        }
        String m = c.getMessage();
        String kind = c.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        if (c instanceof java.nio.file.NoSuchFileException) {
            return "file not found: " + m;
        }
        if (c instanceof java.nio.file.AccessDeniedException) {
            return "access denied: " + m;
        }
        return m == null || m.isBlank() ? kind : m;
    }
}
