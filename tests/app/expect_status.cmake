# cmake -DEXE=... -DARGS="a;b" -DEXPECT_STATUS=N -P expect_status.cmake
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY ${EXE} ${ARGS}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL EXPECT_STATUS)
  message(FATAL_ERROR "expected exit status ${EXPECT_STATUS}, got ${status}\nstdout: ${out}\nstderr: ${err}")
endif()
message(STATUS "exit status ${status} as expected; stderr: ${err}")
