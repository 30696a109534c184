package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every model and loss can be chosen; combinations the engine cannot train are explained inline. */
class SetupRulesTest {

    private final SetupViewModel vm = new SetupViewModel(TrainingConfig.defaults());

    private void pick(String dataset, String model) {
        vm.field(HyperParameter.DATASET).setText(dataset);
        vm.field(HyperParameter.MODEL).setText(model);
    }

    @Test
    void everyLossWorksWithTheDefaultModel() {
        for (String loss : GanLoss.NAMES) {
            vm.field(HyperParameter.LOSS).setText(loss);
            assertNotNull(vm.getConfig(), loss + ": " + vm.problemsProperty().get());
        }
    }

    @Test
    void everyModelHasADataSetItTrainsOn() {
        for (String model : ModelCatalog.NAMES) {
            String dataset = switch (model) {
                case "mlp2d" -> "ring8";
                case "dcgan64" -> "images:/photos";
                case "dcgan32" -> "images32:/photos";
                default -> "mnist";
            };
            pick(dataset, model);
            assertNotNull(vm.getConfig(), model + ": " + vm.problemsProperty().get());
        }
    }

    @Test
    void mlp2dOnImagesIsRefusedWithTheReasonAtTheModelField() {
        // a data set the user picked (the untouched default would follow the model to ring8)
        pick("fashion-mnist", "mlp2d");
        assertNull(vm.getConfig());
        assertTrue(vm.field(HyperParameter.MODEL).getError().startsWith("mlp2d draws 2-D points"));
        assertEquals("", vm.field(HyperParameter.DATASET).getError());
    }

    @Test
    void conditionalModelsNeedLabelledData() {
        pick("images:/photos", "cgan");
        assertTrue(vm.field(HyperParameter.MODEL).getError().contains("needs labelled data"));
        pick("ring8", "acgan");
        assertTrue(vm.field(HyperParameter.MODEL).getError().startsWith("2-D point data trains only"));
        pick("fashion-mnist", "cdcgan");
        assertEquals("", vm.field(HyperParameter.MODEL).getError());
    }

    @Test
    void anUnknownDataSetIsMarkedAtItsField() {
        vm.field(HyperParameter.DATASET).setText("cifar");
        assertTrue(vm.field(HyperParameter.DATASET).getError().startsWith("unknown data set 'cifar'"));
    }

    @Test
    void betasDoNotApplyToTheRmspropOfWgan() {
        assertTrue(vm.betasApplyProperty().get());
        vm.field(HyperParameter.LOSS).setText("wgan");
        assertEquals("rmsprop", vm.optimizerProperty().get());
        assertFalse(vm.betasApplyProperty().get());
        vm.field(HyperParameter.LOSS).setText("wgan-gp");
        assertTrue(vm.betasApplyProperty().get());
    }

    @Test
    void foldersBecomeDataSetsAndBringAModelOfTheirSize(@TempDir Path dir) {
        vm.useImageFolder(dir, 32);
        assertEquals("images32:" + dir.toAbsolutePath(), vm.field(HyperParameter.DATASET).getText());
        assertEquals("dcgan32", vm.field(HyperParameter.MODEL).getText());
        assertNotNull(vm.getConfig());
        assertTrue(vm.datasetChoices().contains("images32:" + dir.toAbsolutePath()));

        vm.useIdxFolder(dir);
        assertEquals("idx:" + dir.toAbsolutePath(), vm.field(HyperParameter.DATASET).getText());
        assertEquals("mlp", vm.field(HyperParameter.MODEL).getText());
        vm.useIdxFolder(null);
        assertEquals("idx:" + dir.toAbsolutePath(), vm.field(HyperParameter.DATASET).getText(), "a cancelled dialog changes nothing");
    }

    @Test
    void aMissingDownloadSaysHowToGetIt(@TempDir Path cache) {
        String before = System.getProperty("ganlab.cache");
        System.setProperty("ganlab.cache", cache.toString());
        try {
            DataSourceViewModel ds = new DataSourceViewModel();
            ds.loading("fashion-mnist");
            assertTrue(ds.warningProperty().get());
            assertTrue(ds.messageProperty().get().contains("ganlab download fashion-mnist"), ds.messageProperty().get());
            assertTrue(ds.messageProperty().get().contains("Import IDX folder"));
            ds.loading("mnist");
            assertFalse(ds.warningProperty().get());
        } finally {
            if (before == null) {
                System.clearProperty("ganlab.cache");
            } else {
                System.setProperty("ganlab.cache", before);
            }
        }
    }

    @Test
    void anImageFoldersProgressAndSkippedFilesAreReported() {
        DataSourceViewModel ds = new DataSourceViewModel();
        ds.loading("images:/photos");
        assertTrue(ds.loadingProperty().get());
        ds.progress(50, 200, "");
        assertEquals(0.25, ds.progressProperty().get());
        ds.loaded(new org.ganlab.engine.data.ImageFolderReport(Path.of("/photos"), 64, 3, 198,
                java.util.List.of(new org.ganlab.engine.data.ImageFolderReport.SkippedImage("a.png", "not an image")), 0, false));
        assertFalse(ds.loadingProperty().get());
        assertTrue(ds.warningProperty().get());
        assertTrue(ds.messageProperty().get().contains("1 skipped: a.png (not an image)"), ds.messageProperty().get());
    }
}
