package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Test;

/** Choosing a loss or a model fills the fields the user left alone with its defaults, and says so. */
class FormDefaultsTest {

    private static final String BY_LOSS = "set by the loss: change freely";
    private static final String BY_MODEL = "set by the model: change freely";

    private final SetupViewModel vm = new SetupViewModel(TrainingConfig.defaults());

    private String text(HyperParameter p) {
        return vm.field(p).getText();
    }

    private String hint(HyperParameter p) {
        return vm.field(p).getHint();
    }

    @Test
    void choosingWganFillsThePapersSettingsAndSaysTheLossSetThem() {
        vm.field(HyperParameter.LOSS).setText("wgan");

        assertEquals("5e-5", text(HyperParameter.LEARNING_RATE_G));
        assertEquals("5e-5", text(HyperParameter.LEARNING_RATE_D));
        assertEquals("5", text(HyperParameter.D_STEPS_PER_G_STEP));
        assertEquals("0.01", text(HyperParameter.WEIGHT_CLIP));
        assertEquals(BY_LOSS, hint(HyperParameter.LEARNING_RATE_G));
        assertEquals(BY_LOSS, hint(HyperParameter.D_STEPS_PER_G_STEP));
        assertEquals("", hint(HyperParameter.BATCH_SIZE));
        assertEquals(5e-5, vm.getConfig().learningRateD());
    }

    @Test
    void choosingWganGpFillsAdamsPaperBetas() {
        vm.field(HyperParameter.LOSS).setText("wgan-gp");

        assertEquals("1e-4", text(HyperParameter.LEARNING_RATE_G));
        assertEquals("0", text(HyperParameter.BETA1_G));
        assertEquals("0.9", text(HyperParameter.BETA2_D));
        assertEquals("5", text(HyperParameter.D_STEPS_PER_G_STEP));
    }

    @Test
    void aFieldTheUserEditedKeepsItsValueAndHasNoHint() {
        vm.field(HyperParameter.LEARNING_RATE_G).setText("3e-4");
        vm.field(HyperParameter.LOSS).setText("wgan");

        assertEquals("3e-4", text(HyperParameter.LEARNING_RATE_G));
        assertEquals("", hint(HyperParameter.LEARNING_RATE_G));
        assertEquals("5e-5", text(HyperParameter.LEARNING_RATE_D));
    }

    @Test
    void editingAFieldTheLossSetTakesItsHintAwayAndKeepsTheValueOnTheNextChoice() {
        vm.field(HyperParameter.LOSS).setText("wgan");
        vm.field(HyperParameter.D_STEPS_PER_G_STEP).setText("3");
        assertEquals("", hint(HyperParameter.D_STEPS_PER_G_STEP));

        vm.field(HyperParameter.LOSS).setText("wgan-gp");
        assertEquals("3", text(HyperParameter.D_STEPS_PER_G_STEP));
    }

    @Test
    void anotherLossPutsBackWhatTheFirstSet() {
        vm.field(HyperParameter.LOSS).setText("wgan");
        vm.field(HyperParameter.LOSS).setText("bce");

        assertEquals("2e-4", text(HyperParameter.LEARNING_RATE_G));
        assertEquals("1", text(HyperParameter.D_STEPS_PER_G_STEP));
        assertEquals("0", text(HyperParameter.WEIGHT_CLIP));
        assertEquals("", hint(HyperParameter.LEARNING_RATE_G));
        assertEquals(TrainingConfig.defaults(), vm.getConfig());
    }

    @Test
    void mlp2dBringsItsDataSetBatchAndLatentSize() {
        vm.field(HyperParameter.MODEL).setText("mlp2d");

        assertEquals("ring8", text(HyperParameter.DATASET));
        assertEquals("256", text(HyperParameter.BATCH_SIZE));
        assertEquals("4", text(HyperParameter.LATENT_SIZE));
        assertEquals(BY_MODEL, hint(HyperParameter.BATCH_SIZE));
        assertEquals(BY_MODEL, hint(HyperParameter.DATASET));
        assertEquals("", vm.problemsProperty().get());
    }

    @Test
    void aDataSetTheUserPickedStaysWhenTheModelChanges() {
        vm.useDataset("moons");
        assertEquals("mlp2d", text(HyperParameter.MODEL), "the command picks a model for 2-D data");

        assertEquals("moons", text(HyperParameter.DATASET));
        assertEquals("256", text(HyperParameter.BATCH_SIZE));
    }

    @Test
    void loadingAConfigStartsOverNothingEditedNoHints() {
        vm.field(HyperParameter.LEARNING_RATE_G).setText("3e-4");
        vm.field(HyperParameter.LOSS).setText("wgan");
        vm.load(TrainingConfig.defaults());
        assertEquals("", hint(HyperParameter.LEARNING_RATE_D));

        vm.field(HyperParameter.LOSS).setText("wgan");
        assertEquals("5e-5", text(HyperParameter.LEARNING_RATE_G), "the edit was before the load");
    }

    @Test
    void labelSmoothingIsOffWithTheLossesThatIgnoreItAndSaysWhy() {
        assertTrue(vm.labelSmoothingAppliesProperty().get());
        for (String loss : new String[] {"wgan", "wgan-gp", "hinge"}) {
            vm.field(HyperParameter.LOSS).setText(loss);
            assertFalse(vm.labelSmoothingAppliesProperty().get(), loss);
            assertTrue(hint(HyperParameter.LABEL_SMOOTHING).startsWith("the " + loss + " loss ignores it"),
                    hint(HyperParameter.LABEL_SMOOTHING));
        }
        vm.field(HyperParameter.LOSS).setText("lsgan");
        assertTrue(vm.labelSmoothingAppliesProperty().get());
        assertEquals("", hint(HyperParameter.LABEL_SMOOTHING));
    }

    @Test
    void initIsAFieldUnderTheConfigsOwnName() {
        assertEquals("init", HyperParameter.INIT.key());
        vm.field(HyperParameter.INIT).setText("dcgan");
        assertEquals("dcgan", vm.getConfig().init());
        vm.field(HyperParameter.INIT).setText("xavier");
        assertTrue(vm.field(HyperParameter.INIT).getError().startsWith("Init must be one of pytorch, dcgan"),
                vm.field(HyperParameter.INIT).getError());
    }
}
