# cmake -DFUZZER=exe -DCORPUS=dir -DSEEDS="a;b" -DRUNS=N -P run_fuzzer.cmake
# Copies the seeds into the corpus directory and runs the fuzzer for RUNS inputs; any crash,
# leak or sanitizer report fails.
file(MAKE_DIRECTORY ${CORPUS})
file(COPY ${SEEDS} DESTINATION ${CORPUS})
execute_process(COMMAND ${FUZZER} -runs=${RUNS} -max_len=65536 -timeout=10 ${CORPUS}
                RESULT_VARIABLE status ERROR_VARIABLE log OUTPUT_VARIABLE out)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (${status}):\n${log}")
endif()
string(REGEX MATCH "Done [0-9]+ runs in [0-9]+ second\\(s\\)" done "${log}")
message(STATUS "${done}")
