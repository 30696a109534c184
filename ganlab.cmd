@echo off
rem ganlab: the GAN Lab FX command line on Windows. Builds the engine when it is missing.
setlocal
set HERE=%~dp0
if not exist "%HERE%engine\target\classpath.txt" (
  echo ganlab: building the engine... 1>&2
  pushd "%HERE%" && call mvn -q -B -pl engine -am install -DskipTests && call mvn -q -B -pl engine dependency:build-classpath -Dmdep.outputFile=target/classpath.txt & popd
)
set /p CP=<"%HERE%engine\target\classpath.txt"
rem OpenBLAS chooses its kernels from the CPU model; Windows has no /proc/cpuinfo to choose from
rem here, so set OPENBLAS_CORETYPE=SkylakeX (AVX-512) or Haswell (AVX2) yourself if
rem "ganlab bench --gemm" reports a generic core such as Prescott.
if "%OMP_NUM_THREADS%"=="" set OMP_NUM_THREADS=%NUMBER_OF_PROCESSORS%
if "%OMP_WAIT_POLICY%"=="" set OMP_WAIT_POLICY=PASSIVE
java -Xmx4g -Xmn32m -Dganlab.assets="%HERE%assets" -cp "%HERE%engine\target\classes;%CP%" org.ganlab.engine.cli.GanLabCli %*
