package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Test;

class SetupViewModelTest {

    private final SetupViewModel vm = new SetupViewModel(TrainingConfig.defaults());

    @Test
    void opensWithTheDefaultsValid() {
        assertEquals(TrainingConfig.defaults(), vm.getConfig());
        assertEquals("mnist", vm.field(HyperParameter.DATASET).getText());
        assertEquals("mlp", vm.field(HyperParameter.MODEL).getText());
        assertEquals("2e-4", vm.field(HyperParameter.LEARNING_RATE_G).getText());
        assertEquals("", vm.problemsProperty().get());
    }

    @Test
    void negativeLearningRateIsMarkedAtItsFieldAndNeverBecomesAConfig() {
        vm.field(HyperParameter.LEARNING_RATE_G).setText("-0.1");

        assertNull(vm.getConfig());
        assertEquals("Learning rate G must be > 0 and <= 1 (was -0.1)",
                vm.field(HyperParameter.LEARNING_RATE_G).getError());
        assertEquals("", vm.field(HyperParameter.LEARNING_RATE_D).getError());
        assertTrue(vm.problemsProperty().get().contains("Learning rate G"));
    }

    @Test
    void textThatIsNoNumberIsMarked() {
        vm.field(HyperParameter.BATCH_SIZE).setText("lots");

        assertNull(vm.getConfig());
        assertEquals("Batch size must be a whole number (was \"lots\")",
                vm.field(HyperParameter.BATCH_SIZE).getError());
    }

    @Test
    void notANumberAndInfinityAreMarkedAtTheirFieldAndNeverBecomeAConfig() {
        vm.field(HyperParameter.LEARNING_RATE_D).setText("NaN");
        vm.field(HyperParameter.LABEL_SMOOTHING).setText("1e999");
        vm.field(HyperParameter.WEIGHT_CLIP).setText("-Infinity");

        assertNull(vm.getConfig());
        assertFalse(vm.validProperty().get());
        assertEquals("Learning rate D must be a finite number (was \"NaN\")",
                vm.field(HyperParameter.LEARNING_RATE_D).getError());
        assertEquals("Label smoothing must be a finite number (was \"1e999\")",
                vm.field(HyperParameter.LABEL_SMOOTHING).getError());
        assertEquals("Weight clip (WGAN) must be a finite number (was \"-Infinity\")",
                vm.field(HyperParameter.WEIGHT_CLIP).getError());
        assertEquals(3, vm.problemsProperty().get().lines().count());
    }

    @Test
    void liveFieldsAreCopiedOntoARunAndNothingElse() {
        TrainingConfig run = TrainingConfig.defaults();
        TrainingConfig form = run.withLearningRateG(1e-4).withDStepsPerGStep(3).withBatchSize(32);

        TrainingConfig merged = HyperParameter.withLiveFieldsOf(run, form);

        assertEquals(1e-4, merged.learningRateG());
        assertEquals(3, merged.dStepsPerGStep());
        assertEquals(run.batchSize(), merged.batchSize(), "batch size is structural");
    }

    @Test
    void everyInvalidFieldIsMarkedAtOnce() {
        vm.field(HyperParameter.BETA1_D).setText("1.5");
        vm.field(HyperParameter.EPOCHS).setText("0");

        assertTrue(vm.field(HyperParameter.BETA1_D).getError().startsWith("β1 D must be in [0, 1)"));
        assertTrue(vm.field(HyperParameter.EPOCHS).getError().startsWith("Epochs must be > 0"));
    }

    @Test
    void fixingTheValueMakesTheConfigValidAgain() {
        vm.field(HyperParameter.LEARNING_RATE_G).setText("-0.1");
        vm.field(HyperParameter.LEARNING_RATE_G).setText("1e-4");

        assertNotNull(vm.getConfig());
        assertEquals(1e-4, vm.getConfig().learningRateG());
        assertEquals("", vm.field(HyperParameter.LEARNING_RATE_G).getError());
    }

    @Test
    void describesLiveChangesInTheLabelsTheStudentSees() {
        TrainingConfig a = TrainingConfig.defaults();
        TrainingConfig b = a.withLearningRateG(1e-4).withDStepsPerGStep(2);
        assertEquals("Learning rate G 2e-4 → 1e-4, D steps per G step 1 → 2",
                SetupViewModel.describeChange(a, b));
    }

    @Test
    void numbersRoundTripThroughTheirShortForm() {
        assertEquals("0.5", SetupViewModel.number(0.5));
        assertEquals("0", SetupViewModel.number(0));
        assertEquals("2.5e-5", SetupViewModel.number(2.5e-5));
        assertEquals(2.5e-5, Double.parseDouble(SetupViewModel.number(2.5e-5)));
    }

    @Test
    void everyConfigFieldHasAParameterWithHelp() {
        assertEquals(TrainingConfig.class.getRecordComponents().length, HyperParameter.values().length);
        for (var component : TrainingConfig.class.getRecordComponents()) {
            HyperParameter p = HyperParameter.byKey(component.getName());
            assertNotNull(p, component.getName());
            assertTrue(p.help().length() > 20 && !p.help().contains("\n"), p.key());
        }
    }
}
