@echo off
rem Launches the GAN Lab FX desktop app on Windows; builds the fat jar first when it is missing.
setlocal
set "HERE=%~dp0"
set "JAR="
for %%f in ("%HERE%app\target\ganlab-app-*-all.jar") do set "JAR=%%f"
if not defined JAR (
  echo Building GAN Lab FX ^(the first build takes a few minutes^)... 1>&2
  pushd "%HERE%"
  call mvn -q -B -pl app -am package -DskipTests || (popd & exit /b 1)
  popd
  for %%f in ("%HERE%app\target\ganlab-app-*-all.jar") do set "JAR=%%f"
)
rem OpenBLAS chooses its kernels from the CPU model; Windows has no /proc/cpuinfo to choose from
rem here, so set OPENBLAS_CORETYPE=SkylakeX (AVX-512) or Haswell (AVX2) yourself if
rem "ganlab bench --gemm" reports a generic core such as Prescott.
if not defined OMP_NUM_THREADS set "OMP_NUM_THREADS=%NUMBER_OF_PROCESSORS%"
if not defined OMP_WAIT_POLICY set "OMP_WAIT_POLICY=PASSIVE"
set "RUNS="
if defined GANLAB_RUNS set "RUNS=-Dganlab.runs=%GANLAB_RUNS%"
java -Xmx1g -Xmn32m -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=15 -Dorg.bytedeco.javacpp.maxbytes=2G -Dorg.bytedeco.javacpp.platform.extension=-onednn %RUNS% %JAVA_OPTS% -jar "%JAR%" %*
