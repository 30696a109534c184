package org.ganlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

/** The engine sets GOMP_SPINCOUNT in its own environment, where libgomp reads it, unless the user exported one. */
class OpenMpSpinTest {

    private interface C extends Library {
        String getenv(String name);
    }

    @Test
    void theProcessEnvironmentHoldsTheSpinCount() {
        Backend.initialize();
        String exported = System.getenv(OpenMpSpin.VARIABLE);
        String inProcess = ((C) Native.loadLibrary(Platform.C_LIBRARY_NAME, C.class)).getenv(OpenMpSpin.VARIABLE);
        assertEquals(exported != null ? exported : OpenMpSpin.DEFAULT, inProcess);
        assertEquals(inProcess, OpenMpSpin.apply(), "a second call changes nothing and reports the value in effect");
    }
}
