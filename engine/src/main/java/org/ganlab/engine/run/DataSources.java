package org.ganlab.engine.run;

import java.io.IOException;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;

/** Turns a config's data set name into what the trainer trains on. */
public final class DataSources {

    private DataSources() {
    }

    /** A 2-D toy distribution, or an image data set cut to the config's subset. */
    public static TrainingData load(TrainingConfig config) throws IOException {
        if (ToyDistribution.isToy(config.dataset())) {
            return ToyDistribution.named(config.dataset());
        }
        ImageDataset data = DatasetCatalog.load(config.dataset(), DatasetCatalog.defaultAssetsDir());
        if (config.subset() > 0 && config.subset() < data.count()) {
            data = data.firstN(config.subset());
        }
        return TrainingData.of(data);
    }
}
