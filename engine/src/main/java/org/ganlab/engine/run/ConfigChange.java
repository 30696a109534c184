package org.ganlab.engine.run;

/**
 * One live hyperparameter change of a run, as {@code changes.csv} keeps it.
 *
 * @param iteration the last iteration trained with {@code oldValue}; {@code newValue} applies from the next
 * @param field     the {@code TrainingConfig} field, which is also the {@code config.json} key, e.g. {@code learningRateG}
 * @param oldValue  the value before, as {@code config.json} would write it (e.g. {@code 2.0E-4})
 * @param newValue  the value after
 */
public record ConfigChange(long iteration, String field, String oldValue, String newValue) {}
