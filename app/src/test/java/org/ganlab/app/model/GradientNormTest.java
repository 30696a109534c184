package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradientNormTest {

    @Test
    void theColumnsAreFoundByNameWhereverTheyAre() {
        GradientNorm.Columns after = GradientNorm.Columns.of("iteration,epoch,d_loss,g_loss,d_real,d_fake,ms,fid,coverage,score,grad_norm_d,grad_norm_g,diversity");
        assertEquals(new GradientNorm(12, 0.25, 3.5), after.parse("12,1,1.3,0.7,0.6,0.4,20,,,,0.25,3.5,"));
        GradientNorm.Columns before = GradientNorm.Columns.of("iteration,epoch,d_loss,g_loss,d_real,d_fake,ms,grad_norm_d,grad_norm_g,diversity,fid,coverage,score");
        assertEquals(new GradientNorm(12, 0.25, 3.5), before.parse("12,1,1.3,0.7,0.6,0.4,20,0.25,3.5,,80,9,6.2"));
    }

    @Test
    void anEmptyCellIsNaNAndAnOldFileHasNoColumns() {
        GradientNorm.Columns c = GradientNorm.Columns.of("iteration,epoch,d_loss,g_loss,d_real,d_fake,ms,grad_norm_d,grad_norm_g");
        GradientNorm n = c.parse("1,1,1.3,0.7,0.6,0.4,20,0.25,");
        assertEquals(0.25, n.d());
        assertTrue(Double.isNaN(n.g()));
        assertFalse(GradientNorm.Columns.of("iteration,epoch,d_loss,g_loss,d_real,d_fake,ms").present());
    }
}
