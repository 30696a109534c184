package org.ganlab.app.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.doctor.DiagnosisLog;
import org.ganlab.engine.run.ChangeLog;

/** Run folders laid out as the engine writes them, for tests that only read them. */
public final class FakeRuns {

    private FakeRuns() {
    }

    /** 8 iterations over 2 epochs (D loss 1.3, G loss 0.7), {@code snapshots} PNGs, a checkpoint file. */
    public static Path create(Path dir, int snapshots) throws IOException {
        Files.createDirectories(dir.resolve("snapshots"));
        ConfigJson.write(Events.tiny(), dir.resolve("config.json"));
        StringBuilder csv = new StringBuilder("iteration,epoch,d_loss,g_loss,d_real,d_fake,ms\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(i).append(',').append((i - 1) / 4 + 1).append(",1.3,0.7,0.6,0.4,21.5\n");
        }
        Files.writeString(dir.resolve("metrics.csv"), csv);
        for (int s = 1; s <= snapshots; s++) {
            BufferedImage img = new BufferedImage(30, 30, BufferedImage.TYPE_BYTE_GRAY);
            ImageIO.write(img, "png", dir.resolve(String.format("snapshots/epoch-%03d_iter-%08d.png", s, s * 4)).toFile());
        }
        Files.writeString(dir.resolve("checkpoint.zip"), "not really");
        return dir;
    }

    /**
     * Like {@link #create}, with quality figures at the two epoch ends (Fréchet distance 80.5 then
     * 41, coverage 9 then 10, score 6.2 then 8.1) and two live changes recorded after iteration 4:
     * learning rate G 2e-4 → 2e-3 and D steps per G step 1 → 2.
     */
    public static Path withHistory(Path dir) throws IOException {
        create(dir, 2);
        StringBuilder csv = new StringBuilder("iteration,epoch,d_loss,g_loss,d_real,d_fake,ms,fid,coverage,score\n");
        for (int i = 1; i <= 8; i++) {
            String quality = i == 4 ? ",80.5000,9,6.2000" : i == 8 ? ",41.0000,10,8.1000" : ",,,";
            csv.append(i).append(',').append((i - 1) / 4 + 1).append(",1.3,0.7,0.6,0.4,21.5").append(quality).append('\n');
        }
        Files.writeString(dir.resolve("metrics.csv"), csv);
        org.ganlab.engine.train.TrainingConfig before = Events.tiny();
        ChangeLog.create(dir).record(4, before, before.withLearningRateG(2e-3).withDStepsPerGStep(2));
        return dir;
    }

    /**
     * Like {@link #create} with two snapshots (iterations 4 and 8), gradient norms in metrics.csv
     * after the quality columns (D 0.5·i, G 2/i; none for G at iteration 1), and a diagnoses.jsonl
     * the doctor wrote: "D overpowers G" started at 3 and ended at 6 (two lines), mode collapse
     * from 7, ongoing.
     */
    public static Path withDiagnoses(Path dir) throws IOException {
        create(dir, 2);
        StringBuilder csv = new StringBuilder("iteration,epoch,d_loss,g_loss,d_real,d_fake,ms,fid,coverage,score,"
                + "grad_norm_d,grad_norm_g,diversity\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(i).append(',').append((i - 1) / 4 + 1).append(",1.3,0.7,0.6,0.4,21.5,,,,")
                    .append(0.5 * i).append(',').append(i == 1 ? "" : String.valueOf(2.0 / i)).append(",\n");
        }
        Files.writeString(dir.resolve("metrics.csv"), csv);
        DiagnosisLog log = DiagnosisLog.in(dir);
        log.append(Events.overpowers(3, -1));
        log.append(Events.overpowers(3, 6));
        log.append(Events.collapse(7, -1));
        return dir;
    }
}
